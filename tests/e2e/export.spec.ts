import fs from 'node:fs';
import { expect, test } from './fixtures';

// The columns the import reads back; more may follow them.
const HEADER = 'Country,Name,Office,Gender,Email,Address,Language,Tags,Notes';

test('exports the recipients the list shows as a CSV download', async ({ app, cli, page }) => {
  await cli('recipients', 'add', '--country', 'ES', '--office', 'Prime Minister', '--name', 'Ana López', '--tag', 'priority');
  await cli('recipients', 'add', '--country', 'FR', '--office', 'Ministre de la Justice', '--name', 'Amélie Dubois');
  await app.open();

  const read = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^letterdesk-recipients-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await download.path();
    return fs.readFileSync(file, 'utf8');
  };

  const all = await read();
  // UTF-8 with a byte-order mark, so spreadsheet programs keep the accents.
  expect(all.startsWith(`\uFEFF${HEADER}`)).toBe(true);
  expect(all).toContain('ES,Ana López,Prime Minister');
  expect(all).toContain('FR,Amélie Dubois,Ministre de la Justice');
  await expect(page.getByRole('alert').filter({ hasText: '2 recipients exported' })).toBeVisible();

  // The export follows the filters on screen.
  await app.recipients.filterBy('Tag', 'priority');
  await app.recipients.expectCount(1);
  const lines = (await read()).trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toContain(HEADER);
  expect(lines[1]).toContain('Ana López');
});
