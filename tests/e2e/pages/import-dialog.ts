import { expect, type Locator, type Page } from '@playwright/test';

/** The "Import recipients from a CSV file" wizard. */
export class ImportDialog {
  readonly dialog: Locator;

  constructor(page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import recipients from a CSV file' });
  }

  fileInput(): Locator {
    return this.dialog.getByLabel('CSV file');
  }

  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.fileInput().setInputFiles(file);
  }

  /** The create / update / skip counts line. */
  counts(): Locator {
    return this.dialog.getByRole('status', { name: 'What the import will do' });
  }

  columnField(header: string): Locator {
    return this.dialog.getByRole('combobox', { name: `Field for column “${header}”` });
  }

  async showTab(name: 'To create' | 'To update' | 'To skip' | 'Names'): Promise<Locator> {
    await this.dialog.getByRole('tab', { name }).click();
    return this.dialog.getByRole('table', { name });
  }

  importButton(): Locator {
    return this.dialog.getByRole('button', { name: /^Import \d+ recipients?$/ });
  }

  async confirm(): Promise<void> {
    await this.importButton().click();
    await expect(this.dialog).toBeHidden();
  }
}
