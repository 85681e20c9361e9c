import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { CampaignPages } from './pages/campaign-pages';
import { TrackingPages } from './pages/tracking-pages';
import { isoDay, writtenOut } from './days';

const TEMPLATE = path.resolve(__dirname, '..', 'fixtures', 'templates', 'coalition-letter-en.txt');
const SIGNATURE = path.resolve(__dirname, '..', 'fixtures', 'docx-export', 'signature.png');

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

test('outreach tracking: sent, a reply with a file, the map, the Due list, undo and both reports', async ({ app, cli, page }) => {
  test.setTimeout(120_000);
  await cli('recipients', 'add', '--country', 'ES', '--office', 'Prime Minister', '--name', 'Ana López', '--language', 'es');
  await cli('recipients', 'add', '--country', 'FR', '--office', 'Prime Minister', '--name', 'Amélie Dubois', '--language', 'fr');
  await cli('templates', 'import', TEMPLATE, '--name', 'Coalition letter', '--language', 'en');
  await cli('org', 'set', '--name', 'Rights Watch', '--address', '1 Rue de Lausanne', '--place', 'Geneva');
  await cli('signers', 'add', '--name', 'Maria Pérez', '--title', 'Director', '--signature', SIGNATURE);
  await cli(
    'campaigns',
    'create',
    '--name',
    'Free the journalists',
    '--template',
    'Coalition letter',
    '--recipients',
    'group:EU',
    '--signer',
    'Maria Pérez',
    '--date',
    isoDay(-20),
    '--prefix',
    'HRL',
  );
  // France's letter went out by post, recorded from the command line.
  await cli('track', '--campaign', 'Free the journalists', '--recipient', 'Amélie Dubois', '--event', 'sent', '--channel', 'post', '--date', isoDay(-15));

  const tracking = new TrackingPages(page);
  const campaigns = new CampaignPages(page);
  await app.open();

  // Nothing is due yet.
  await app.goTo('Due');
  await expect(page.getByRole('heading', { name: 'Nothing is due' })).toBeVisible();

  // The map before: Spain's letter only drafted, France contacted.
  await app.goTo('Outreach');
  await expect(tracking.country('ES')).toHaveAttribute('data-status', 'drafted');
  await expect(tracking.country('FR')).toHaveAttribute('data-status', 'contacted');

  // Mark Spain's letter sent from its row in the campaign; the channel is required for "Sent".
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Free the journalists' }).click();
  await page.getByRole('button', { name: /^Record event for Ana López/ }).click();
  await expect(tracking.dialog.getByLabel('Date')).toHaveValue(writtenOut(isoDay()));
  await tracking.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(tracking.dialog.getByText('Say how the letter was sent.')).toBeVisible();
  await tracking.fill({ channel: 'Email', reference: 'MSG-42' });
  await tracking.save();
  await expect(page.getByText('Event recorded')).toBeVisible();

  await app.goTo('Outreach');
  await expect(tracking.country('ES')).toHaveAttribute('data-status', 'contacted');

  // Their reply, with the scanned letter, recorded from the letter's page.
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Free the journalists' }).click();
  const spainRow = campaigns.drafts().getByRole('row').filter({ hasText: 'Ana López' });
  await spainRow.getByRole('button', { name: /^Open letter HRL-/ }).click();
  const history = page.getByRole('region', { name: 'History' });
  await history.getByRole('button', { name: 'Record event' }).click();
  await tracking.fill({ kind: 'Replied', note: 'They will look into it.', attachment: { name: 'reply.pdf', mimeType: 'application/pdf', buffer: PDF } });
  await tracking.save();
  await expect(history.getByRole('button', { name: 'Download reply.pdf' })).toBeVisible();
  const [attachment] = await Promise.all([page.waitForEvent('download'), history.getByRole('button', { name: 'Download reply.pdf' }).click()]);
  expect(
    fs
      .readFileSync(await attachment.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');

  // The map turns "replied" for Spain; its accessible title says so.
  await app.goTo('Outreach');
  await expect(tracking.country('ES')).toHaveAttribute('data-status', 'replied');
  await expect(tracking.country('ES').locator('title')).toHaveText(/^Spain: Replied/);
  await tracking.country('ES').hover();
  await expect(page.getByRole('tooltip')).toContainText('Spain');
  // The same data as a table.
  await page.getByText('Table', { exact: true }).click();
  const table = page.getByRole('table', { name: 'Outreach status by country' });
  await expect(table.getByRole('row').filter({ hasText: 'Spain' })).toContainText('Replied');
  await expect(table.getByRole('row').filter({ hasText: 'France' })).toContainText('Contacted');
  await page.getByText('Map', { exact: true }).click();
  await page.screenshot({ path: test.info().outputPath('dashboard.png'), fullPage: true });

  // A follow-up for France due today appears in the Due list and on the badge.
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Free the journalists' }).click();
  await page.getByRole('button', { name: /^Record event for Amélie Dubois/ }).click();
  await tracking.fill({ kind: 'Follow-up', dueOn: isoDay(), note: 'Call the cabinet' });
  await tracking.save();
  await expect(app.navigation('Due')).toContainText('1');
  await app.goTo('Due');
  const today = tracking.dueSection('Due today');
  await expect(today).toContainText('Amélie Dubois');
  await expect(today).toContainText('France');
  await expect(today).toContainText('Call the cabinet');

  // The country page lists France's history across campaigns; undoing the follow-up empties the Due list.
  await app.goTo('Outreach');
  // France's shape includes French Guiana, so its centre is open sea: open it from the keyboard instead.
  await tracking.country('FR').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'France' })).toBeVisible();
  const countryHistory = page.getByRole('region', { name: 'History' });
  await expect(countryHistory.getByRole('table', { name: 'Events, oldest first' })).toContainText('Follow-up');
  await countryHistory.getByRole('button', { name: /^Undo Follow-up of/ }).click();
  await expect(page.getByText('Event undone')).toBeVisible();
  await expect(countryHistory.getByText('Undo of an earlier event')).toBeVisible();
  await app.goTo('Due');
  await expect(page.getByRole('heading', { name: 'Nothing is due' })).toBeVisible();

  // Both reports, read back.
  await app.goTo('Outreach');
  const csv = await tracking.download('Download CSV report');
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const text = fs.readFileSync(await csv.path(), 'utf8');
  expect(text).toContain('Spain');
  expect(text).toMatch(/replied/i);
  expect(text).toContain('reply.pdf');
  fs.writeFileSync(test.info().outputPath('report.csv'), text);

  const docx = await tracking.download('Download DOCX report');
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = fs.readFileSync(await docx.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const entries = unzipSync(new Uint8Array(bytes));
  expect(strFromU8(entries['word/document.xml']!)).toContain('Free the journalists');
  // The map went in as a picture.
  expect(Object.keys(entries).some((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toBe(true);
});

/** The English interface shows dates as the letters write them. */
const shown = writtenOut;

test("a letter's badge follows what happened to it, a letter past its no-reply days is due, and history rows keep their actions at 1024 px", async ({
  app,
  cli,
  page,
}) => {
  test.setTimeout(120_000);
  await cli('recipients', 'add', '--country', 'IE', '--office', 'Taoiseach', '--name', 'Aoife Byrne', '--gender', 'female');
  await cli('recipients', 'add', '--country', 'FR', '--office', 'Prime Minister', '--name', 'Amélie Dubois', '--language', 'fr');
  await cli('templates', 'import', TEMPLATE, '--name', 'Coalition letter', '--language', 'en');
  await cli(
    'campaigns',
    'create',
    '--name',
    'Free the journalists',
    '--template',
    'Coalition letter',
    '--recipients',
    'country:IE,FR',
    '--date',
    isoDay(-45),
    '--prefix',
    'HRL',
  );
  // Both letters exported, then posted: Ireland's 40 days ago (past the campaign's 30 no-reply days), France's 10 days ago.
  await cli('export', '--campaign', 'Free the journalists', '--out', test.info().outputPath('letters'), '--format', 'zip', '--include-attention');
  await cli('track', '--campaign', 'Free the journalists', '--recipient', 'Aoife Byrne', '--event', 'sent', '--channel', 'post', '--date', isoDay(-40));
  await cli('track', '--campaign', 'Free the journalists', '--recipient', 'Amélie Dubois', '--event', 'sent', '--channel', 'email', '--date', isoDay(-10));

  const tracking = new TrackingPages(page);
  const campaigns = new CampaignPages(page);
  await app.open();
  await expect(app.navigation('Due').getByLabel(/to follow up now$/)).toHaveAccessibleName('1 letter to follow up now');

  // The campaign's list of letters: their tracking status, not "Exported".
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Free the journalists' }).click();
  const ireland = campaigns.drafts().getByRole('row').filter({ hasText: 'Aoife Byrne' });
  const france = campaigns.drafts().getByRole('row').filter({ hasText: 'Amélie Dubois' });
  await expect(ireland.getByText('No reply yet (overdue)', { exact: true })).toBeVisible();
  await expect(ireland).toContainText(`sent ${shown(isoDay(-40))}`);
  await expect(france.getByText('Contacted', { exact: true })).toBeVisible();
  await expect(campaigns.drafts().getByText('Exported', { exact: true })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('letter-badges.png'), fullPage: true });

  // The Due list has Ireland's letter, though no follow-up was ever given a date.
  await app.goTo('Due');
  const overdue = tracking.dueSection('Overdue');
  const irelandDue = overdue.getByRole('row').filter({ hasText: 'Aoife Byrne' });
  await expect(irelandDue.getByText('No reply yet (overdue)', { exact: true })).toBeVisible();
  await expect(irelandDue).toContainText(`Reply expected within 30 days of sending (${shown(isoDay(-40))})`);
  await expect(overdue).not.toContainText('Amélie Dubois');

  // Their reply, recorded on the letter's page: its badge says "Replied", and the Due list empties.
  await overdue.getByRole('button', { name: 'Open letter to Aoife Byrne (Free the journalists)' }).click();
  const header = page.getByRole('main').locator('[data-letter-status]').first();
  await expect(header).toHaveText('No reply yet (overdue)');
  const history = page.getByRole('region', { name: 'History' });
  await history.getByRole('button', { name: 'Record event' }).click();
  await tracking.fill({
    kind: 'Replied',
    note: 'The Department of Foreign Affairs acknowledges the concerns raised and will write again after the review of the cases concerned.',
    attachment: { name: 'reply-from-the-department-of-foreign-affairs-and-trade-2026.pdf', mimeType: 'application/pdf', buffer: PDF },
  });
  await tracking.save();
  await expect(header).toHaveText('Replied');
  // Its sending date was a day off: corrected, so the history has a corrected row and its correction.
  await history.getByRole('button', { name: `Correct Sent of ${isoDay(-40)}` }).click();
  const correct = page.getByRole('dialog', { name: 'Correct an event' });
  await correct.getByLabel('Date').fill(isoDay(-39));
  await correct.getByRole('button', { name: 'Save the correction' }).click();
  await expect(correct).toBeHidden();
  await app.goTo('Due');
  await expect(page.getByRole('heading', { name: 'Nothing is due' })).toBeVisible();

  // At 1024 px wide, every row's "Correct…" and "Undo" are whole, inside the page, and the table does not overflow.
  await page.setViewportSize({ width: 1024, height: 700 });
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Free the journalists' }).click();
  await ireland.getByRole('button', { name: /^Open letter HRL-/ }).click();
  const table = history.getByRole('table', { name: 'Events, oldest first' });
  await expect(table.getByRole('button', { name: /^Undo / })).toHaveCount(2);
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('history-1024.png') });
  const main = (await page.getByRole('main').boundingBox())!;
  for (const button of await table.getByRole('button', { name: /^(Undo|Correct) / }).all()) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(Math.min(main.x + main.width, 1024));
  }
  expect(await table.evaluate((t) => t.scrollWidth <= (t.parentElement?.clientWidth ?? 0))).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
});
