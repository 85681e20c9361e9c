import { expect, type Locator, type Page } from '@playwright/test';

export interface FactInput {
  label: string;
  text: string;
  source: string;
  sourceUrl?: string;
  asOf: string;
  staleAfterDays?: number;
}

/** The facts library: list, add, edit, delete. */
export class FactsPage {
  readonly table: Locator;
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Facts' });
    this.dialog = page.getByRole('dialog', { name: /Add a fact|Edit fact/ });
  }

  row(label: string | RegExp): Locator {
    return this.table.getByRole('row', { name: label });
  }

  field(label: string): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: true });
  }

  async fill(fact: FactInput): Promise<void> {
    await this.field('Label').fill(fact.label);
    await this.field('Text').fill(fact.text);
    await this.field('Source').fill(fact.source);
    await this.field('Source web address').fill(fact.sourceUrl ?? '');
    await this.dialog.getByLabel('As of').fill(fact.asOf);
    if (fact.staleAfterDays !== undefined) await this.field('Stale after (days)').fill(String(fact.staleAfterDays));
  }

  async add(fact: FactInput): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'Add fact' }).first().click();
    await expect(this.dialog).toBeVisible();
    await this.fill(fact);
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
