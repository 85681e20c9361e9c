import { expect, type Locator, type Page } from '@playwright/test';
import { ImportDialog } from './import-dialog';
import { RecipientForm } from './recipient-form';

/** The recipients screen: list, search, filters, selection, add and edit. */
export class RecipientsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly count: Locator;
  readonly filters: Locator;
  readonly bulkBar: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Recipients', level: 1 });
    this.table = page.getByRole('table', { name: 'Recipients' });
    this.search = page.getByLabel('Search recipients');
    this.count = page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /recipients?$/ });
    this.filters = page.getByRole('group', { name: 'Filters' });
    this.bulkBar = page.getByRole('toolbar', { name: 'Actions on the selected recipients' });
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

  /** Picks an option of a filter select ("Group" → "European Union (EU)"). */
  async filterBy(filter: string, option: string | RegExp): Promise<void> {
    await this.filters.getByRole('combobox', { name: filter, exact: true }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  async clearFilters(): Promise<void> {
    await this.filters.getByRole('button', { name: 'Clear filters' }).click();
  }

  selectBox(name: string): Locator {
    return this.table.getByRole('checkbox', { name: `Select ${name}`, exact: true });
  }

  async add(): Promise<RecipientForm> {
    await this.page.getByRole('main').getByRole('button', { name: 'Add recipient' }).first().click();
    const form = new RecipientForm(this.page, 'Add recipient');
    await expect(form.dialog).toBeVisible();
    return form;
  }

  /** Opens a recipient by clicking its name cell (the country cell links to the country's page). */
  async edit(name: string): Promise<RecipientForm> {
    await this.row(new RegExp(name)).getByRole('cell').nth(1).click();
    const form = new RecipientForm(this.page, 'Edit recipient');
    await expect(form.dialog).toBeVisible();
    return form;
  }

  async openImport(): Promise<ImportDialog> {
    await this.page.getByRole('main').getByRole('button', { name: 'Import CSV' }).first().click();
    const dialog = new ImportDialog(this.page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  async openGroupOffices(): Promise<Locator> {
    await this.page.getByRole('main').getByRole('button', { name: 'Add group offices' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add the offices of a group of states' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  deleteDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Delete recipient' });
  }
}
