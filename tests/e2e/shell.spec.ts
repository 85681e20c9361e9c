import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * The app's shell for keyboard, screen-reader and small-window users: the
 * skip link, the collapsed navigation at 800×600 with no sideways overflow,
 * and axe-core on every screen reachable from the navigation.
 */

const EXAMPLE = 'Political prisoners: letter to a head of state or government';
const SCREENS = [
  'Get started',
  'Recipients',
  'Countries',
  'Templates',
  'Facts',
  'Campaigns',
  'Outreach',
  'Due',
  'Organisation',
  'Backups',
  'Settings',
  'About',
];

test('the first Tab reaches "Skip to content", which moves focus past the navigation', async ({ app, page }) => {
  await app.open();
  // A fresh page load (app.open() has clicked past the get-started checklist): Tab starts at the top again.
  await page.reload();
  await app.waitUntilReady();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the screen, not the first navigation button.
  await expect(page.getByRole('navigation').getByRole('button').first()).not.toBeFocused();
});

test('at 800×600 the navigation is behind the menu button and no screen overflows sideways', async ({ app, page }) => {
  test.setTimeout(90_000);
  // Opened wide (app.open() goes past the checklist through the navigation), then made small.
  await app.open();
  await page.setViewportSize({ width: 800, height: 600 });
  const menu = page.getByRole('button', { name: 'Show or hide navigation' });
  await expect(menu).toBeVisible();
  // Mantine slides the collapsed navigation off-screen rather than removing it.
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Templates' })).not.toBeInViewport();
  const overflowing: string[] = [];
  for (const screen of SCREENS) {
    await menu.click();
    await page.getByRole('navigation').getByRole('button', { name: screen, exact: false }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) overflowing.push(`${screen} by ${overflow}px`);
  }
  expect(overflowing).toEqual([]);
});

/** axe-core's serious and critical findings on the page as it is now, one line each. */
async function axeProblems(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      // A few nodes with axe's own reason (e.g. the contrast ratio found) are enough to find the cause.
      const nodes = v.nodes.slice(0, 4).map((n) => `${n.html.slice(0, 120)} [${n.any[0]?.message ?? n.failureSummary ?? ''}]`);
      return `${where}: ${v.id} (${v.impact}, ${v.nodes.length} nodes) ${v.help}: ${nodes.join('; ')}`;
    });
}

test('axe-core finds no serious or critical problem on the screens of a workspace in use', async ({ app, cli, page }) => {
  test.setTimeout(180_000);
  await cli('org', 'set', '--name', 'Rights Watch', '--address', '1 Rue de Lausanne', '--place', 'Geneva');
  await cli('signers', 'add', '--name', 'Maria Pérez', '--title', 'Director');
  await cli('recipients', 'add', '--country', 'IE', '--office', 'Taoiseach', '--name', 'Aoife Byrne', '--gender', 'female');
  await cli('recipients', 'add', '--country', 'FR', '--office', 'Premier ministre', '--name', 'Jean Inventé', '--gender', 'male', '--language', 'fr');
  await cli('campaigns', 'create', '--name', 'Free the journalists', '--template', EXAMPLE, '--recipients', 'all', '--prefix', 'HRL');
  await app.open();
  const problems: string[] = [];
  problems.push(...(await axeProblems(page, 'Recipients with rows')));
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Free the journalists' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Free the journalists' })).toBeVisible();
  problems.push(...(await axeProblems(page, 'Campaign page')));
  await page
    .getByRole('button', { name: /^Open letter HRL-/ })
    .first()
    .click();
  await expect(page.getByRole('button', { name: /Edit by hand/ })).toBeVisible();
  problems.push(...(await axeProblems(page, 'Letter page')));
  await app.goTo('Templates');
  await page
    .getByRole('link', { name: EXAMPLE })
    .or(page.getByRole('button', { name: EXAMPLE }))
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  problems.push(...(await axeProblems(page, 'Template editor')));
  await app.goTo('Outreach');
  problems.push(...(await axeProblems(page, 'Outreach with a campaign')));
  await app.goTo('Organisation');
  problems.push(...(await axeProblems(page, 'Organisation with a signer')));
  expect(problems).toEqual([]);
});

test('axe-core finds no serious or critical problem on any screen', async ({ app, page }) => {
  // Eleven full-page scans: a few seconds each on a loaded two-core machine.
  test.setTimeout(180_000);
  await app.open();
  const problems: string[] = [];
  for (const screen of SCREENS) {
    await page.getByRole('navigation').getByRole('button', { name: screen, exact: false }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    problems.push(...(await axeProblems(page, screen)));
  }
  expect(problems).toEqual([]);
});
