import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { CampaignPages } from './pages/campaign-pages';

const TEMPLATE = path.resolve(__dirname, '..', 'fixtures', 'templates', 'coalition-letter-en.txt');
const SIGNATURE = path.resolve(__dirname, '..', 'fixtures', 'docx-export', 'signature.png');

test('a campaign to the EU heads of government: wizard, drafts, ZIP and print-file export', async ({ app, cli, page }) => {
  await cli('recipients', 'add', '--country', 'ES', '--office', 'Prime Minister', '--name', 'Ana López', '--language', 'es');
  await cli('recipients', 'add', '--country', 'FR', '--office', 'Prime Minister', '--name', 'Amélie Dubois', '--language', 'fr');
  await cli('recipients', 'add', '--country', 'BR', '--office', 'President', '--name', 'Not In The EU');
  await cli('templates', 'import', TEMPLATE, '--name', 'Coalition letter', '--language', 'en');
  await cli('org', 'set', '--name', 'Rights Watch', '--address', '1 Rue de Lausanne', '--place', 'Geneva');
  await cli('signers', 'add', '--name', 'Maria Pérez', '--title', 'Director', '--signature', SIGNATURE);
  await app.open();
  await app.goTo('Campaigns');
  await expect(page.getByRole('heading', { name: 'No campaigns yet' })).toBeVisible();

  const campaigns = new CampaignPages(page);
  await page.getByRole('button', { name: 'New campaign' }).click();
  const wizard = campaigns.wizard;
  await wizard.getByRole('textbox', { name: 'Campaign name' }).fill('Free the journalists');
  await campaigns.choose(wizard, 'Template', 'Coalition letter');
  await wizard.getByLabel('Letter date').fill('2026-05-04');
  await wizard.getByRole('textbox', { name: 'Reference prefix' }).fill('hrl');
  await wizard.getByRole('button', { name: 'Next' }).click();

  await wizard.getByRole('radio', { name: 'The members of a group' }).check();
  // The group is required before going on.
  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByText('This field is required.')).toBeVisible();
  await campaigns.choose(wizard, 'Group', 'European Union (EU)');
  await campaigns.choose(wizard, 'Office', 'Head of government');
  await wizard.getByRole('button', { name: 'Next' }).click();

  await campaigns.choose(wizard, 'Signers', 'Maria Pérez');
  await wizard.getByRole('button', { name: 'Create campaign' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Free the journalists' })).toBeVisible();
  const drafts = campaigns.drafts();
  await expect(drafts.getByRole('row')).toHaveCount(3); // header + two EU offices
  const spain = campaigns.draftRow('HRL-2026-0001').or(campaigns.draftRow('HRL-2026-0002')).filter({ hasText: 'Ana López' });
  await expect(spain).toContainText('Spain');
  await expect(drafts).not.toContainText('Not In The EU');
  // Entered without a verification date, and a template marker left unmapped: both need attention.
  await expect(spain).toContainText('Needs attention');
  await expect(spain).toContainText('Recipient to verify');
  // No Spanish version of the template: written in English instead.
  await expect(spain).toContainText('Fell back to English');

  const exportSection = campaigns.exportSection;
  await expect(exportSection).toContainText('2 letters need attention and will be left out');
  await exportSection.getByRole('checkbox', { name: 'Include letters that need attention' }).check();

  const zip = await campaigns.exportAs('A ZIP of Word files');
  expect(zip.suggestedFilename()).toMatch(/\.zip$/);
  const zipBytes = fs.readFileSync(await zip.path());
  expect(zipBytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const entries = Object.keys(unzipSync(new Uint8Array(zipBytes)));
  expect(entries.filter((name) => name.endsWith('.docx'))).toHaveLength(2);

  const combined = await campaigns.exportAs('One print file (all letters)');
  expect(combined.suggestedFilename()).toMatch(/\.docx$/);
  expect(
    fs
      .readFileSync(await combined.path())
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');

  // Exported letters say so in the table.
  await expect(drafts.getByText('Exported')).toHaveCount(2);

  // A letter opens with its merged text.
  await page
    .getByRole('button', { name: /^Open letter HRL-2026-000/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Letter HRL-2026-000/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Letter text' })).toContainText('Rights Watch');
  await page.getByRole('button', { name: 'Back to the campaign' }).click();
  await expect(drafts).toBeVisible();
});
