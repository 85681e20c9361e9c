import type { Locator, Page } from '@playwright/test';

/** Settings → Backups → Move workspace: export and import a .letterdesk archive. */
export class MoveWorkspacePage {
  readonly section: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Move workspace' });
  }

  passphrase(): Locator {
    return this.section.getByLabel('Passphrase', { exact: true });
  }

  /** Exports with a passphrase (typed twice) and returns the downloaded file's path. */
  async exportEncrypted(passphrase: string, saveAs: string): Promise<string> {
    await this.section.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.section.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
    const download = this.page.waitForEvent('download');
    await this.section.getByRole('button', { name: 'Export workspace' }).click();
    await (await download).saveAs(saveAs);
    return saveAs;
  }

  async chooseArchive(file: string): Promise<void> {
    await this.section.getByLabel('Archive to import (.letterdesk)').setInputFiles(file);
  }

  async unlock(passphrase: string): Promise<void> {
    await this.section.getByLabel('Passphrase of the archive').fill(passphrase);
    await this.section.getByRole('button', { name: 'Open archive' }).click();
  }

  preview(): Locator {
    return this.section.getByRole('region', { name: 'What importing will do' });
  }

  result(): Locator {
    return this.section.getByRole('region', { name: 'Import finished' });
  }
}
