import { expect, type Locator, type Page } from '@playwright/test';
import { RecipientForm } from './recipient-form';

/** The recipients screen: list, search, filters, add and edit. */
export class RecipientsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly count: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Recipients', level: 1 });
    this.table = page.getByRole('table', { name: 'Recipients' });
    this.search = page.getByLabel('Search recipients');
    this.count = page.getByRole('main').getByRole('status');
  }

  row(name: string | RegExp): Locator {
    return this.table.getByRole('row', { name });
  }

  dataRows(): Locator {
    // Every row except the header row.
    return this.table.getByRole('rowgroup').last().getByRole('row');
  }

  async expectCount(count: number): Promise<void> {
    await expect(this.count).toHaveText(`${count} ${count === 1 ? 'recipient' : 'recipients'}`);
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async add(): Promise<RecipientForm> {
    await this.page.getByRole('main').getByRole('button', { name: 'Add recipient' }).first().click();
    const form = new RecipientForm(this.page, 'Add recipient');
    await expect(form.dialog).toBeVisible();
    return form;
  }

  async edit(name: string): Promise<RecipientForm> {
    await this.row(new RegExp(name)).click();
    const form = new RecipientForm(this.page, 'Edit recipient');
    await expect(form.dialog).toBeVisible();
    return form;
  }

  deleteDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Delete recipient' });
  }
}
