import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

/*
 * The app's shell for keyboard, screen-reader and small-window users: the
 * skip link, the collapsed navigation at 800×600 with no sideways overflow,
 * and axe-core on every screen reachable from the navigation.
 */

const SCREENS = ['Get started', 'Recipients', 'Countries', 'Templates', 'Facts', 'Campaigns', 'Outreach', 'Due', 'Organisation', 'Backups', 'Settings', 'About'];

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

test('axe-core finds no serious or critical problem on any screen', async ({ app, page }) => {
  // Eleven full-page scans: a few seconds each on a loaded two-core machine.
  test.setTimeout(180_000);
  await app.open();
  const problems: string[] = [];
  for (const screen of SCREENS) {
    await page.getByRole('navigation').getByRole('button', { name: screen, exact: false }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
      // A few nodes with axe's own reason (e.g. the contrast ratio found) are enough to find the cause.
      const nodes = v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} [${n.any[0]?.message ?? n.failureSummary ?? ''}]`);
      problems.push(`${screen}: ${v.id} (${v.impact}, ${v.nodes.length} nodes) ${v.help}: ${nodes.join('; ')}`);
    }
  }
  expect(problems).toEqual([]);
});
