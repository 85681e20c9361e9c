import path from 'node:path';
import { expect, test } from './fixtures';
import { TrackingPages } from './pages/tracking-pages';
import { isoDay, writtenOut } from './days';

const TEMPLATE = path.resolve(__dirname, '..', 'fixtures', 'templates', 'coalition-letter-en.txt');

const shown = writtenOut;

test('Due → "Draft a chaser" opens a letter quoting the original date and reference; correcting the sent date corrects it', async ({ app, cli, page }) => {
  test.setTimeout(120_000);
  await cli('recipients', 'add', '--country', 'IE', '--office', 'Taoiseach', '--name', 'Aoife Byrne', '--gender', 'female');
  await cli('templates', 'import', TEMPLATE, '--name', 'Coalition letter', '--language', 'en');
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
    isoDay(-20),
    '--prefix',
    'HRL',
  );
  const year = isoDay(-20).slice(0, 4);
  const original = `HRL-${year}-0001`;

  const tracking = new TrackingPages(page);
  await app.open();

  // The letter went out by post a fortnight ago; a follow-up is due today.
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Free the journalists' }).click();
  await page.getByRole('button', { name: /^Record event for Aoife Byrne/ }).click();
  await tracking.dialog.getByLabel('Date').fill(isoDay(-14));
  await tracking.fill({ kind: 'Sent', channel: 'Post' });
  await tracking.save();
  await page.getByRole('button', { name: /^Record event for Aoife Byrne/ }).click();
  await tracking.fill({ kind: 'Follow-up', dueOn: isoDay(), note: 'No answer yet' });
  await tracking.save();

  // From the Due list: the dialog says what drafting will do, and nothing is made until it is confirmed.
  await app.goTo('Due');
  const today = tracking.dueSection('Due today');
  await expect(today).toContainText('Aoife Byrne');
  const chaserRef = `HRLF-${isoDay().slice(0, 4)}-0001`;
  const draftButton = today.getByRole('button', { name: 'Draft a chaser to Aoife Byrne (Free the journalists)' });
  await draftButton.click();
  const dialog = page.getByRole('dialog', { name: 'Draft a chaser' });
  const plan = dialog.getByRole('region', { name: 'What drafting the chaser does' });
  await expect(plan).toContainText(
    'Creates the follow-up campaign “Chaser: Free the journalists”, with the signers, endorsers and no-reply days of the original.',
  );
  await expect(plan).toContainText(`Writes it from the template “Reminder quoting our earlier letter”; its reference is ${chaserRef}.`);
  await expect(plan).toContainText(`Quotes the letter of ${shown(isoDay(-14))}, reference ${original}.`);
  await expect(plan).toContainText(`Notes the chaser in the history of ${original}.`);
  await page.screenshot({ path: test.info().outputPath('chaser-confirm.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await app.goTo('Campaigns');
  await expect(page.getByRole('button', { name: /^Open campaign Chaser:/ })).toHaveCount(0);

  await app.goTo('Due');
  await draftButton.click();
  await dialog.getByRole('button', { name: 'Draft the chaser' }).click();
  await expect(page.getByText('Chaser drafted', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: `Letter ${chaserRef}` })).toBeVisible();
  const letter = page.getByRole('region', { name: 'Letter text' });
  await expect(letter).toContainText(`Further to our letter of ${writtenOut(isoDay(-14))}, reference ${original}, concerning people detained in Ireland`);
  await expect(letter).toContainText('Dear Taoiseach');

  // The original letter's history says a chaser was drafted; its sent date was wrong: correct it.
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Free the journalists' }).click();
  await page.getByRole('button', { name: `Open letter ${original}` }).click();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('table', { name: 'Events, oldest first' })).toContainText(`Chaser drafted: ${chaserRef}`);
  await history.getByRole('button', { name: `Correct Sent of ${isoDay(-14)}` }).click();
  const correct = page.getByRole('dialog', { name: 'Correct an event' });
  await expect(correct.getByLabel('What happened')).toHaveValue('sent');
  await expect(correct.getByLabel('How it was sent')).toHaveValue('post');
  await expect(correct.getByLabel('Date')).toHaveValue(writtenOut(isoDay(-14)));
  await correct.getByLabel('Date').fill(isoDay(-12));
  await correct.getByRole('button', { name: 'Save the correction' }).click();
  await expect(correct).toBeHidden();
  await expect(page.getByText('Event corrected', { exact: true })).toBeVisible();

  // The old row stays, struck through and marked corrected; the new one says what it corrects and counts.
  const rows = history.getByRole('table', { name: 'Events, oldest first' }).getByRole('row');
  const oldRow = rows
    .filter({ hasText: shown(isoDay(-14)) })
    .filter({ hasText: 'Sent' })
    .filter({ hasNotText: 'Correction of' });
  await expect(oldRow.getByText('Corrected', { exact: true })).toBeVisible();
  await expect(oldRow).toHaveAttribute('data-effective', 'false');
  await expect(oldRow.getByText(shown(isoDay(-14)))).toHaveCSS('text-decoration-line', 'line-through');
  const newRow = rows.filter({ hasText: `Correction of ${shown(isoDay(-14))}` });
  await expect(newRow.getByText(shown(isoDay(-12)))).toBeVisible();
  await expect(newRow).toHaveAttribute('data-effective', 'true');
  await expect(history.getByRole('button', { name: `Correct Sent of ${isoDay(-14)}` })).toHaveCount(0);

  // The chaser quotes the corrected date.
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Chaser: Free the journalists' }).click();
  await page.getByRole('button', { name: `Open letter ${chaserRef}` }).click();
  await expect(page.getByRole('region', { name: 'Letter text' })).toContainText(`Further to our letter of ${writtenOut(isoDay(-12))}, reference ${original}`);
});

test('"Draft a chaser" for a letter that never went out says so, with nothing drafted', async ({ app, cli, page }) => {
  await cli('recipients', 'add', '--country', 'IE', '--office', 'Taoiseach', '--name', 'Aoife Byrne', '--gender', 'female');
  await cli('templates', 'import', TEMPLATE, '--name', 'Coalition letter', '--language', 'en');
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
    isoDay(),
    '--prefix',
    'HRL',
  );
  await app.open();
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Free the journalists' }).click();
  await page.getByRole('button', { name: /^Open letter HRL-/ }).click();
  await page.getByRole('region', { name: 'History' }).getByRole('button', { name: 'Draft a chaser to Aoife Byrne (Free the journalists)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Draft a chaser' });
  await expect(dialog.getByRole('status')).toContainText('has not been exported or sent yet');
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();
  await app.goTo('Campaigns');
  await expect(page.getByRole('button', { name: /^Open campaign Chaser:/ })).toHaveCount(0);
});

test('Sending the chaser takes the original letter off the Due list; the follow-up campaign says what it follows up', async ({ app, cli, page }) => {
  test.setTimeout(120_000);
  await cli('recipients', 'add', '--country', 'IE', '--office', 'Taoiseach', '--name', 'Aoife Byrne', '--gender', 'female');
  await cli('templates', 'import', TEMPLATE, '--name', 'Coalition letter', '--language', 'en');
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
    isoDay(-20),
    '--prefix',
    'HRL',
  );
  await cli('track', '--campaign', 'Free the journalists', '--recipient', 'Aoife Byrne', '--event', 'sent', '--channel', 'post', '--date', isoDay(-14));
  await cli('track', '--campaign', 'Free the journalists', '--recipient', 'Aoife Byrne', '--event', 'follow-up', '--due', isoDay(), '--note', 'No answer yet');
  const chaserRef = `HRLF-${isoDay().slice(0, 4)}-0001`;

  const tracking = new TrackingPages(page);
  await app.open();
  const badge = app.navigation('Due').getByLabel(/to follow up now$/);
  await expect(badge).toHaveAccessibleName('1 letter to follow up now');

  // Draft the chaser from the Due list: the original is still due until the chaser goes out.
  await app.goTo('Due');
  const dueToday = tracking.dueSection('Due today');
  await dueToday.getByRole('button', { name: 'Draft a chaser to Aoife Byrne (Free the journalists)' }).click();
  await page.getByRole('dialog', { name: 'Draft a chaser' }).getByRole('button', { name: 'Draft the chaser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Letter ${chaserRef}` })).toBeVisible();
  await expect(badge).toHaveAccessibleName('1 letter to follow up now');

  // The chaser goes out by email today.
  await page.getByRole('button', { name: `Record event for Aoife Byrne (${chaserRef})` }).click();
  await tracking.fill({ kind: 'Sent', channel: 'Email' });
  await tracking.save();

  // The original's follow-up is done: nothing is due, the badge is gone.
  await app.goTo('Due');
  await expect(page.getByRole('heading', { name: 'Nothing is due' })).toBeVisible();
  await expect(dueToday).toHaveCount(0);
  await expect(badge).toHaveCount(0);

  // Ireland's history says the original was chased, and by which letter.
  await app.goTo('Outreach');
  await tracking.country('IE').press('Enter');
  const outreach = page.getByRole('region', { name: 'History' }).getByRole('table', { name: 'Outreach' });
  const originalRow = outreach.getByRole('row').filter({ hasText: 'Free the journalists' }).filter({ hasNotText: 'Chaser:' });
  await expect(originalRow).toContainText(`Chased on ${shown(isoDay())} (${chaserRef})`);
  // Its last event is its own follow-up, not the "chaser drafted" note in its history.
  await expect(originalRow).toContainText(`Follow-up on ${isoDay()}`);
  await expect(originalRow).not.toContainText('Drafted');

  // The follow-up campaign is marked in the list, and its page links to the campaign it follows up.
  await app.goTo('Campaigns');
  const list = page.getByRole('table', { name: 'Campaigns, newest first' });
  await expect(list.getByRole('row').filter({ hasText: 'Chaser: Free the journalists' }).getByLabel('Follow-up to Free the journalists')).toHaveText(
    'Follow-up',
  );
  await expect(list.getByRole('row').filter({ hasNotText: 'Chaser:' }).getByText('Follow-up', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Open campaign Chaser: Free the journalists' }).click();
  await page.getByRole('button', { name: 'Open the campaign it follows up: Free the journalists' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Free the journalists' })).toBeVisible();
});
