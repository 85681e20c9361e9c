import { expect, type Page } from '@playwright/test';
import { RecipientsPage } from './recipients-page';
import { SettingsPage } from './settings-page';
import { WorkspaceProblemPage } from './workspace-problem-page';

/** The whole app in a browser tab: opening it, moving between screens. */
export class LetterdeskApp {
  readonly recipients: RecipientsPage;
  readonly settings: SettingsPage;
  readonly workspaceProblem: WorkspaceProblemPage;

  constructor(
    readonly page: Page,
    private readonly url: string,
  ) {
    this.recipients = new RecipientsPage(page);
    this.settings = new SettingsPage(page);
    this.workspaceProblem = new WorkspaceProblemPage(page);
  }

  /** Opens the link the server printed, without waiting for the recipients list. */
  async goto(): Promise<void> {
    await this.page.goto(this.url);
  }

  /** Opens the app and waits for its own "interactive" signal. */
  async open(): Promise<void> {
    await this.goto();
    await this.waitUntilReady();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
  }

  /** The app sets data-ready on <html> once the recipients list shows data or its empty state. */
  async waitUntilReady(): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('data-ready', 'true');
  }

  navigation(name: string) {
    return this.page.getByRole('navigation').getByRole('button', { name });
  }

  async goTo(name: string): Promise<void> {
    await this.navigation(name).click();
    await expect(this.navigation(name)).toHaveAttribute('aria-current', 'page');
  }
}
