import path from 'node:path';
import { expect, test } from './fixtures';
import type { LetterdeskApp } from './pages/letterdesk-app';
import type { Page } from '@playwright/test';

const SIGNATURE = path.resolve(__dirname, '..', 'fixtures', 'docx-export', 'signature.png');
const EXAMPLE = 'Political prisoners: letter to a head of state or government';

/** Opens the app as it opens for a user: without going past the checklist as app.open() does. */
async function openAsUser(app: LetterdeskApp): Promise<void> {
  await app.goto();
  await app.waitUntilReady();
}

const steps = (page: Page) => page.getByRole('list', { name: 'Steps to get started' }).getByRole('listitem');
const step = (page: Page, title: string) => steps(page).filter({ has: page.getByRole('heading', { name: title }) });

test('an empty workspace opens on the get-started checklist; each step links to its screen and ticks itself when done', async ({ app, cli, page }) => {
  test.setTimeout(90_000);
  await openAsUser(app);
  await expect(page.getByRole('heading', { level: 1, name: 'Get started' })).toBeVisible();
  await expect(app.navigation('Get started')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Steps done: 0 of 5');
  await expect(steps(page)).toHaveCount(5);
  await expect(steps(page).getByRole('img', { name: 'Not done yet' })).toHaveCount(5);
  await page.screenshot({ path: test.info().outputPath('get-started-empty.png'), fullPage: true });

  // The organisation, through its screen: the step's link leads there.
  await step(page, 'Your organisation and letterhead')
    .getByRole('button', { name: /^Set up the organisation/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();
  await page.getByLabel('Organisation name').fill('Rights Watch');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('The organisation is saved.')).toBeVisible();
  await app.goTo('Get started');
  await expect(step(page, 'Your organisation and letterhead').getByRole('img', { name: 'Done' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Steps done: 1 of 5');

  // The other links: each opens its screen.
  for (const [title, link, heading] of [
    ['A signer', 'Add a signer', 'Organisation'],
    ['Recipients', 'Go to recipients', 'Recipients'],
    ['A template', 'Go to templates', 'Templates'],
    ['A campaign', 'Create a campaign', 'Campaigns'],
  ] as const) {
    await step(page, title)
      .getByRole('button', { name: new RegExp(`^${link}`) })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await app.goTo('Get started');
  }

  // A signer, recipients and a campaign from the example template, made elsewhere (here the command line): the steps tick.
  await cli('signers', 'add', '--name', 'Maria Pérez', '--title', 'Director', '--signature', SIGNATURE);
  await cli('recipients', 'add', '--country', 'IE', '--office', 'Taoiseach', '--name', 'Aoife Byrne');
  await app.goTo('Recipients');
  await app.goTo('Get started');
  await expect(step(page, 'A signer').getByRole('img', { name: 'Done' })).toBeVisible();
  await expect(step(page, 'Recipients').getByRole('img', { name: 'Done' })).toBeVisible();
  // Examples alone are not a choice yet.
  await expect(step(page, 'A template').getByRole('img', { name: 'Not done yet' })).toBeVisible();
  await cli('campaigns', 'create', '--name', 'Free the journalists', '--template', EXAMPLE, '--recipients', 'country:IE', '--prefix', 'HRL');
  await app.goTo('Campaigns');
  await app.goTo('Get started');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('All five steps are done: you are ready to write.');
  await expect(steps(page).getByRole('img', { name: 'Done' })).toHaveCount(5);
  await page.screenshot({ path: test.info().outputPath('get-started-done.png'), fullPage: true });

  // A workspace with something in it opens on the recipients.
  await page.reload();
  await app.waitUntilReady();
  await expect(page.getByRole('heading', { level: 1, name: 'Recipients' })).toBeVisible();
  await expect(app.navigation('Get started')).toBeVisible();
});

test('the checklist can be hidden, and opened again from Outreach', async ({ app, page }) => {
  await openAsUser(app);
  await page.getByRole('button', { name: 'Hide this checklist' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recipients' })).toBeVisible();
  await expect(app.navigation('Get started')).toHaveCount(0);

  // Hidden stays hidden: the empty workspace now opens on the recipients.
  await page.reload();
  await app.waitUntilReady();
  await expect(page.getByRole('heading', { level: 1, name: 'Recipients' })).toBeVisible();
  await expect(app.navigation('Get started')).toHaveCount(0);

  await app.goTo('Outreach');
  await page.getByRole('button', { name: 'Get started checklist' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Get started' })).toBeVisible();
  await expect(page.getByText('This checklist is hidden from the navigation.')).toBeVisible();
  await page.getByRole('button', { name: 'Show it in the navigation again' }).click();
  await app.goTo('Recipients');
  await expect(app.navigation('Get started')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Get started checklist' })).toHaveCount(0);
});
