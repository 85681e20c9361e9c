import { expect, type Download, type Locator, type Page } from '@playwright/test';

export interface EventInput {
  kind?: string;
  channel?: string;
  dueOn?: string;
  outcome?: string;
  reference?: string;
  note?: string;
  attachment?: { name: string; mimeType: string; buffer: Buffer };
}

/** The "Record an event" dialog, the Outreach dashboard, its map and reports, and the Due list. */
export class TrackingPages {
  constructor(private readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Record an event' });
  }

  /** Fills the open dialog; leaves it open so the caller can save or look at errors. */
  async fill(input: EventInput): Promise<void> {
    const dialog = this.dialog;
    if (input.kind) await dialog.getByLabel('What happened').selectOption({ label: input.kind });
    if (input.channel) await dialog.getByLabel('How it was sent').selectOption({ label: input.channel });
    if (input.dueOn) await dialog.getByLabel('Follow up on').fill(input.dueOn);
    if (input.outcome) await dialog.getByLabel('Outcome').selectOption({ label: input.outcome });
    if (input.reference) await dialog.getByRole('textbox', { name: 'Reference' }).fill(input.reference);
    if (input.note) await dialog.getByRole('textbox', { name: 'Note' }).fill(input.note);
    if (input.attachment) await dialog.getByLabel(/^Attachment/).setInputFiles(input.attachment);
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The country's shape on the map. */
  country(alpha2: string): Locator {
    return this.page.locator(`svg path[data-country="${alpha2}"]`);
  }

  dueSection(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name} \\(`) });
  }

  async download(button: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: button }).click()]);
    return download;
  }
}
