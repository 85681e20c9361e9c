import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { CampaignPages } from './pages/campaign-pages';

/* A campaign's letters exported as PDF from the export panel, in the browser: a print file and a ZIP, read back by poppler. */

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');

test('exports a campaign as one PDF print file and as a ZIP of PDFs', async ({ app, cli, page }) => {
  test.setTimeout(120_000);
  await cli('recipients', 'add', '--country', 'IE', '--office', 'Taoiseach', '--name', 'Aoife Byrne', '--gender', 'female');
  await cli('recipients', 'add', '--country', 'PT', '--office', 'Prime Minister', '--name', 'João Ficticio', '--gender', 'male');
  await cli('templates', 'import', path.join(FIXTURES, 'templates', 'coalition-letter-en.txt'), '--name', 'Coalition letter', '--language', 'en');
  await cli(
    'org',
    'set',
    '--name',
    'Rights Watch',
    '--address',
    '1 Rue de Lausanne',
    '--place',
    'Geneva',
    '--logo',
    path.join(FIXTURES, 'docx-export', 'logo.png'),
  );
  await cli('signers', 'add', '--name', 'Maria Pérez', '--title', 'Director', '--signature', path.join(FIXTURES, 'docx-export', 'signature.png'));
  await cli(
    'campaigns',
    'create',
    '--name',
    'Free the journalists',
    '--template',
    'Coalition letter',
    '--recipients',
    'all',
    '--signer',
    'Maria Pérez',
    '--date',
    '2026-05-04',
    '--prefix',
    'HRL',
  );
  await app.open();
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Free the journalists' }).click();

  const campaigns = new CampaignPages(page);
  // Entered without a verification date, so both need attention: included anyway.
  await campaigns.exportSection.getByRole('checkbox', { name: 'Include letters that need attention' }).check();

  const combined = await campaigns.exportAs('One PDF print file (all letters)');
  expect(combined.suggestedFilename()).toMatch(/\.pdf$/);
  const file = await combined.path();
  expect(fs.readFileSync(file).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const line of ['Rights Watch', 'Aoife Byrne', 'João Ficticio', 'Maria Pérez', 'Page 1 of']) expect(text).toContain(line);

  const zip = await campaigns.exportAs('A ZIP of PDF files');
  expect(zip.suggestedFilename()).toMatch(/\.zip$/);
  const entries = unzipSync(new Uint8Array(fs.readFileSync(await zip.path())));
  expect(Object.keys(entries).sort()).toEqual([
    expect.stringMatching(/ - Ireland - Aoife Byrne\.pdf$/),
    expect.stringMatching(/ - Portugal - João Ficticio\.pdf$/),
  ]);
  for (const bytes of Object.values(entries)) expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');

  // Each letter is recorded as exported.
  await expect(campaigns.drafts().getByText('Exported')).toHaveCount(2);
});
