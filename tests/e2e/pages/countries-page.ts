import type { Locator, Page } from '@playwright/test';

/** The countries list and one country's page. */
export class CountriesPage {
  readonly search: Locator;
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.search = page.getByLabel('Search countries');
    this.table = page.getByRole('table', { name: 'Countries' });
  }

  async open(name: string): Promise<void> {
    await this.table.getByRole('button', { name, exact: true }).click();
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  /** A form-of-address card in the preview, by office ("Head of government"). */
  addressCard(office: string): Locator {
    return this.page.getByRole('tabpanel').getByRole('region', { name: office });
  }

  async chooseLanguage(name: 'English' | 'Spanish' | 'French'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  offices(): Locator {
    return this.page.getByRole('table', { name: 'Offices in your list' });
  }
}
