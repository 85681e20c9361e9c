import type { Locator, Page } from '@playwright/test';

export class SettingsPage {
  constructor(private readonly page: Page) {}

  /** The UI language select; its label is translated, so pass the label of the current language. */
  language(label = 'Language'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async chooseLanguage(code: 'en' | 'es' | 'fr', currentLabel = 'Language'): Promise<void> {
    await this.language(currentLabel).selectOption(code);
  }
}
