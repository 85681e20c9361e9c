import { expect, type Locator, type Page } from '@playwright/test';
import { TemplateEditor } from './template-editor';

/** The templates screen: list, new template, import, settings, delete. */
export class TemplatesPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Templates', level: 1 });
    this.table = page.getByRole('table', { name: 'Templates' });
  }

  row(name: string | RegExp): Locator {
    return this.table.getByRole('row', { name });
  }

  async open(name: string): Promise<TemplateEditor> {
    await this.table.getByRole('button', { name: `Open ${name}`, exact: true }).click();
    const editor = new TemplateEditor(this.page);
    // .first(): the screen title; a level-1 heading in the letter itself may follow.
    await expect(this.page.getByRole('heading', { name, level: 1 }).first()).toBeVisible();
    await expect(editor.text).toBeVisible();
    return editor;
  }

  /** Creates a template through the "New template" form; the editor opens on it. */
  async create(name: string, kind: 'Letter' | 'Statement' = 'Letter'): Promise<TemplateEditor> {
    await this.page.getByRole('main').getByRole('button', { name: 'New template' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New template' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByText(kind, { exact: true }).click();
    await dialog.getByRole('button', { name: 'Create template' }).click();
    await expect(dialog).toBeHidden();
    const editor = new TemplateEditor(this.page);
    // .first(): the screen title; a level-1 heading in the letter itself may follow.
    await expect(this.page.getByRole('heading', { name, level: 1 }).first()).toBeVisible();
    await expect(editor.text).toBeVisible();
    return editor;
  }

  async openImport(): Promise<ImportLetterDialog> {
    await this.page.getByRole('main').getByRole('button', { name: 'Import a letter' }).first().click();
    const dialog = new ImportLetterDialog(this.page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }
}

/** "Import a letter as a template": file, placeholder review, options, create. */
export class ImportLetterDialog {
  readonly dialog: Locator;
  readonly placeholders: Locator;
  readonly preview: Locator;

  constructor(page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import a letter as a template' });
    this.placeholders = this.dialog.getByRole('table', { name: 'Placeholders found' });
    this.preview = this.dialog.getByRole('region', { name: 'The letter as it will be imported' });
  }

  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.dialog.getByLabel('Letter file').setInputFiles(file);
  }

  placeholder(raw: string): Locator {
    return this.placeholders.getByRole('row', { name: raw, exact: true });
  }

  /** The checkbox of one of the import's proposals. */
  proposal(which: 'addressBlock' | 'salutation' | 'close'): Locator {
    const names = {
      addressBlock: 'Replace the address lines at the top with the recipient’s address block',
      salutation: 'Add the recipient’s salutation before the first paragraph',
      close: 'Add the complimentary close at the end, before the signatures',
    };
    return this.dialog.getByRole('checkbox', { name: names[which] });
  }

  /** One option of the "Voice of the letter" control. */
  voice(option: 'Automatic' | 'I' | 'We'): Locator {
    return this.dialog.getByRole('radio', { name: option, exact: true });
  }

  becomes(raw: string): Locator {
    return this.dialog.getByRole('combobox', { name: `What “${raw}” becomes` });
  }

  field(raw: string): Locator {
    return this.dialog.getByRole('combobox', { name: `Field for “${raw}”` });
  }

  async mapToText(raw: string, text: string): Promise<void> {
    await this.becomes(raw).selectOption('text');
    await this.dialog.getByRole('textbox', { name: `Text for “${raw}”` }).fill(text);
  }

  async create(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Create template' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** How many times a text appears in what a locator shows. */
export async function occurrences(locator: Locator, text: string): Promise<number> {
  return (await locator.innerText()).split(text).length - 1;
}
