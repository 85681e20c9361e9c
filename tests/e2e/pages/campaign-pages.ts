import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The campaigns list, the "New campaign" wizard, a campaign's page and its export. */
export class CampaignPages {
  constructor(private readonly page: Page) {}

  get wizard(): Locator {
    return this.page.getByRole('dialog', { name: 'New campaign' });
  }

  async choose(scope: Locator, combobox: string, option: string | RegExp): Promise<void> {
    await scope.getByRole('combobox', { name: combobox }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  drafts(): Locator {
    return this.page.getByRole('table', { name: 'One letter per recipient' });
  }

  draftRow(reference: string): Locator {
    return this.drafts()
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: `Open letter ${reference}` }) });
  }

  get exportSection(): Locator {
    return this.page.getByRole('region', { name: 'Export' });
  }

  /** Exports in one format and returns the browser download. */
  async exportAs(format: string): Promise<Download> {
    await this.exportSection.getByRole('radio', { name: format }).check();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportSection.getByRole('button', { name: 'Export', exact: true }).click()]);
    await expect(this.exportSection.getByRole('status').filter({ hasText: 'Export finished' })).toBeVisible();
    return download;
  }
}
