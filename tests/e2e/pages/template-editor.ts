import { expect, type Locator, type Page } from '@playwright/test';

/** One template open in the editor, with its live preview. */
export class TemplateEditor {
  readonly text: Locator;
  readonly toolbar: Locator;
  readonly saveStatus: Locator;
  readonly languages: Locator;
  readonly preview: Locator;
  readonly previewPage: Locator;
  readonly variantNote: Locator;

  constructor(private readonly page: Page) {
    this.text = page.getByRole('textbox', { name: /^Letter text in / });
    this.toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    this.saveStatus = page.getByRole('status', { name: 'Save status' });
    this.languages = page.getByRole('tablist', { name: 'Languages of this template' });
    this.preview = page.getByRole('region', { name: 'Preview' });
    this.previewPage = page.getByRole('document', { name: 'Letter preview' });
    this.variantNote = page.getByRole('status', { name: 'Text shown' });
  }

  chip(name: string | RegExp): Locator {
    return this.text.getByRole('button', { name });
  }

  /** Opens the field menu, searches, and picks with the keyboard. */
  async insertField(search: string, option: string): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Insert a merge field' }).click();
    const box = this.page.getByRole('textbox', { name: 'Search fields' });
    await expect(box).toBeFocused();
    await box.fill(search);
    await expect(this.page.getByRole('option', { name: option, exact: true })).toBeVisible();
    await box.press('Enter');
    await expect(this.chip(`Merge field ${option}`).first()).toBeVisible();
  }

  async insertFact(label: string): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Insert a fact from the library' }).click();
    await this.page.getByRole('textbox', { name: 'Search facts' }).fill(label);
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Saved at /);
  }

  async previewFor(recipient: string | RegExp): Promise<void> {
    const picker = this.preview.getByRole('combobox', { name: 'Recipient' });
    await picker.click();
    await this.page.getByRole('option', { name: recipient }).click();
    await expect(this.previewPage).toBeVisible();
  }

  async letterLanguage(label: string): Promise<void> {
    await this.preview.getByRole('combobox', { name: 'Letter language' }).selectOption({ label });
  }

  warnings(): Locator {
    return this.preview.getByRole('region', { name: 'Warnings' });
  }
}
