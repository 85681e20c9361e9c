import type { Locator, Page } from '@playwright/test';

/** Shown instead of the app when the workspace database cannot be opened. */
export class WorkspaceProblemPage {
  constructor(private readonly page: Page) {}

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  startFreshButton(): Locator {
    return this.page.getByRole('button', { name: 'Start a fresh workspace' });
  }

  confirmDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Start a fresh workspace?' });
  }

  continueButton(): Locator {
    return this.page.getByRole('button', { name: 'Continue to Letterdesk' });
  }
}
