import { expect, type Locator, type Page } from '@playwright/test';

export interface RecipientInput {
  country?: string;
  office?: string;
  name?: string;
  email?: string;
  tags?: string[];
}

/** The add/edit recipient dialog. */
export class RecipientForm {
  readonly dialog: Locator;

  constructor(
    private readonly page: Page,
    title: string | RegExp = /Add recipient|Edit recipient/,
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
  }

  /** A text field by its accessible name (the visible label, without the required-field asterisk). */
  field(label: string): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: true });
  }

  async chooseCountry(name: string): Promise<void> {
    const input = this.dialog.getByRole('combobox', { name: 'Country' });
    await input.fill(name);
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(input).toHaveValue(name);
  }

  async fill(input: RecipientInput): Promise<void> {
    if (input.country !== undefined) await this.chooseCountry(input.country);
    if (input.office !== undefined) await this.field('Office').fill(input.office);
    if (input.name !== undefined) await this.field('Name').fill(input.name);
    if (input.email !== undefined) await this.field('Email').fill(input.email);
    const tags = this.dialog.getByRole('combobox', { name: 'Tags' });
    for (const tag of input.tags ?? []) {
      await tags.fill(tag);
      await tags.press('Enter');
    }
  }

  saveButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Save' });
  }

  async save(): Promise<void> {
    await this.saveButton().click();
  }

  /** Saves and waits for the dialog to close. */
  async saveAndClose(): Promise<void> {
    await this.save();
    await expect(this.dialog).toBeHidden();
  }

  async delete(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Delete' }).click();
  }
}
