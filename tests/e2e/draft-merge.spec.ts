import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CampaignPages } from './pages/campaign-pages';
import { TemplatesPage } from './pages/templates-page';

const TEMPLATE = path.resolve(__dirname, '..', 'fixtures', 'templates', 'coalition-letter-en.txt');

/** Puts the caret at the end of a one-line paragraph of an editor and types there. */
async function appendTo(page: Page, editor: Locator, paragraph: string, text: string): Promise<void> {
  await editor.getByText(paragraph, { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

test('merges a hand-edited letter with a changed template: both changes arrive, a conflict is settled by the user', async ({ app, cli, page }) => {
  test.setTimeout(120_000);
  await cli('recipients', 'add', '--country', 'IE', '--office', 'Taoiseach', '--name', 'Aoife Example', '--language', 'en');
  await cli('templates', 'import', TEMPLATE, '--name', 'Coalition letter', '--language', 'en');
  await cli('org', 'set', '--name', 'Rights Watch', '--address', '1 Rue de Lausanne', '--place', 'Geneva');
  await cli(
    'campaigns',
    'create',
    '--name',
    'Free the journalists',
    '--template',
    'Coalition letter',
    '--recipients',
    'country:IE',
    '--date',
    '2026-05-04',
    '--prefix',
    'HRL',
  );
  const campaigns = new CampaignPages(page);
  await app.open();

  // 1. The letter is edited by hand: one paragraph only the hand edit touches, and the closing line.
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Free the journalists' }).click();
  await campaigns.draftRow('HRL-2026-0001').getByRole('button', { name: 'Open letter HRL-2026-0001' }).click();
  await page.getByRole('button', { name: 'Edit by hand' }).click();
  const draftText = page.getByRole('textbox', { name: 'Text of letter HRL-2026-0001' });
  await appendTo(page, draftText, 'Since the spring, our partners in the region have recorded the following:', ' Hand-added detail.');
  await appendTo(page, draftText, 'With our highest consideration,', ' (signed in Geneva)');
  await page.getByRole('button', { name: 'Save my version' }).click();
  await expect(page.getByText('This letter was edited by hand: it no longer follows the template.')).toBeVisible();

  // 2. Elsewhere, the template changes: a list item only the template touches, and the same closing line.
  await app.goTo('Templates');
  const editor = await new TemplatesPage(page).open('Coalition letter');
  await appendTo(page, editor.text, 'Two independent radio stations closed by decree.', ' Template update.');
  await appendTo(page, editor.text, 'With our highest consideration,', ' (on behalf of the coalition)');
  await editor.waitUntilSaved();

  // 3. The letter says its template changed; Merge opens the merge.
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Free the journalists' }).click();
  await campaigns.draftRow('HRL-2026-0001').getByRole('button', { name: 'Open letter HRL-2026-0001' }).click();
  await expect(page.getByRole('alert', { name: 'The template changed since this letter was edited' })).toBeVisible();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Merge your version with the template' });
  await expect(panel.getByRole('heading', { name: 'Merge your version with the template' })).toBeFocused();
  await expect(panel.getByRole('status')).toHaveText(
    '1 change from the template is applied. 1 of your changes is kept. 1 part was changed on both sides: choose a version below.',
  );
  const conflict = panel.getByRole('radiogroup', { name: 'Conflict 1 of 1' });
  await expect(conflict.getByRole('group', { name: 'Your version' })).toContainText('With our highest consideration, (signed in Geneva)');
  await expect(conflict.getByRole('group', { name: "The template's version" })).toContainText('With our highest consideration, (on behalf of the coalition)');
  const preview = panel.getByRole('region', { name: 'The merged letter' });
  await expect(preview).toContainText('Hand-added detail.');
  await expect(preview).toContainText('Template update.');
  await expect(preview).toContainText('[Conflict 1: choose a version]');

  // Saving before choosing says what is missing and puts the keyboard on the choice; the arrows choose.
  await panel.getByRole('button', { name: 'Save merged letter' }).click();
  await expect(conflict).toHaveAccessibleDescription(/Choose a version for this part\./);
  await expect(conflict.getByRole('radio', { name: 'Keep mine' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(conflict.getByRole('radio', { name: 'Keep both, mine first' })).toBeChecked();
  await expect(preview).not.toContainText('[Conflict 1');
  await expect(preview).toContainText('With our highest consideration, (signed in Geneva)\n\nWith our highest consideration, (on behalf of the coalition)');
  await panel.getByRole('button', { name: 'Save merged letter' }).click();

  // 4. Saved: the letter is a hand edit again, no longer "template changed", with every change in it.
  await expect(page.getByRole('alert').filter({ hasText: 'Letter merged' })).toBeVisible();
  await expect(panel).toBeHidden();
  await expect(page.getByRole('alert', { name: 'The template changed since this letter was edited' })).toBeHidden();
  const letter = page.getByRole('region', { name: 'Letter text' });
  for (const text of ['Hand-added detail.', 'Template update.', '(signed in Geneva)', '(on behalf of the coalition)']) await expect(letter).toContainText(text);
  await expect(page.getByText('This letter was edited by hand: it no longer follows the template.')).toBeVisible();

  // The campaign's table agrees after a reload: edited by hand, the template change settled.
  await app.reload();
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Free the journalists' }).click();
  const row = campaigns.draftRow('HRL-2026-0001');
  await expect(row).toContainText('Edited by hand');
  await expect(row).not.toContainText('Template changed');
});
