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

  /**
   * Opens the app, waits for its own "interactive" signal, and goes on to the
   * recipients when an empty workspace opened on the get-started checklist
   * (tests/e2e/get-started.spec.ts tests that one).
   */
  async open(): Promise<void> {
    await this.goto();
    await this.waitUntilReady();
    await this.pastGetStarted();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
    await this.pastGetStarted();
  }

  /**
   * The first screen is known before any shows, so once ready the checklist is either on screen or not at all.
   * In any interface language: a test may reload after switching it.
   */
  private async pastGetStarted(): Promise<void> {
    if (!(await this.page.getByRole('heading', { level: 1, name: /^(Get started|Primeros pasos|Premiers pas)$/ }).isVisible())) return;
    const recipients = this.page.getByRole('navigation').getByRole('button', { name: /^(Recipients|Destinatarios|Destinataires)$/ });
    await recipients.click();
    await expect(recipients).toHaveAttribute('aria-current', 'page');
  }

  /** The app sets data-ready on <html> once its first screen (the recipients list, or the get-started checklist) shows data or its empty state. */
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
