import fs from 'node:fs';
import path from 'node:path';
import { expect, test, startServer, stopServer } from './fixtures';
import { LetterdeskApp } from './pages/letterdesk-app';

const PASS = 'correct horse battery staple';

/*
 * Encryption at rest in browser mode: set a passphrase in Settings, restart
 * the server (browser mode never remembers the passphrase), unlock with a
 * wrong then the right passphrase, and see the data again.
 */
test('passphrase: set it, restart, unlock after a wrong try, data back', async ({ page, dataDir, cli }) => {
  await cli('recipients', 'add', '--country', 'ES', '--office', 'Presidente del Gobierno', '--name', 'Ximena Cifrada');
  let server = await startServer(dataDir);
  try {
    const app = new LetterdeskApp(page, server.url);
    await app.open();
    await expect(page.getByText('Ximena Cifrada')).toBeVisible();
    await app.goTo('Settings');
    await expect(page.getByText('This workspace is not encrypted.')).toBeVisible();
    const form = page.getByRole('form', { name: 'Encrypt with this passphrase' });
    await form.getByLabel('New passphrase', { exact: true }).fill(PASS);
    await form.getByLabel('New passphrase again').fill('not the same');
    await expect(form.getByText('The two passphrases are not the same.')).toBeVisible();
    await expect(form.getByRole('button', { name: 'Encrypt with this passphrase' })).toBeDisabled();
    // Main refuses a passphrase that is easy to guess, and the field says why.
    await form.getByLabel('New passphrase', { exact: true }).fill('Summer2026!');
    await form.getByLabel('New passphrase again').fill('Summer2026!');
    await form.getByRole('button', { name: 'Encrypt with this passphrase' }).click();
    await expect(form.getByText(/^Too easy to guess: it is mostly a common password, word or name\./)).toBeVisible();
    await expect(page.getByText('This workspace is not encrypted.')).toBeVisible();
    await form.getByLabel('New passphrase', { exact: true }).fill(PASS);
    await form.getByLabel('New passphrase again').fill(PASS);
    await expect(form.getByText(/Strength: (good|strong)/)).toBeVisible();
    await expect(form.getByRole('checkbox', { name: 'Remember the passphrase on this computer' })).toBeDisabled();
    await form.getByRole('button', { name: 'Encrypt with this passphrase' }).click();
    await expect(page.getByText('The workspace is encrypted')).toBeVisible();
    await expect(page.getByText('This workspace is encrypted.')).toBeVisible();
  } finally {
    await stopServer(server.child);
  }

  server = await startServer(dataDir);
  try {
    const app = new LetterdeskApp(page, server.url);
    await app.goto();
    await expect(page.getByRole('heading', { name: 'This workspace is locked' })).toBeVisible();
    const passphrase = page.getByLabel('Passphrase', { exact: true });
    const unlock = page.getByRole('button', { name: 'Unlock' });
    for (const wrong of ['wrong one', 'wrong two', 'wrong three']) {
      await passphrase.fill(wrong);
      await unlock.click();
      await expect(page.getByText('The passphrase is not right.')).toBeVisible();
    }
    // The third wrong passphrase makes main ask for a wait, shown as a countdown.
    await expect(page.getByRole('status')).toHaveText(/Try again in [12] s\./);
    await expect(unlock).toBeDisabled();
    await passphrase.fill(PASS);
    await expect(unlock).toBeEnabled({ timeout: 5_000 });
    await unlock.click();
    await app.waitUntilReady();
    await expect(page.getByText('Ximena Cifrada')).toBeVisible();
  } finally {
    await stopServer(server.child);
  }
});

/*
 * The "done when": a new user sets a passphrase, backs up, the
 * database file is broken by hand, and everything comes back from the app.
 */
test('passphrase: set it, back up, break the file by hand, get everything back', async ({ page, dataDir, cli }) => {
  await cli('recipients', 'add', '--country', 'CL', '--office', 'President', '--name', 'Ana Recuperada');
  let server = await startServer(dataDir);
  try {
    const app = new LetterdeskApp(page, server.url);
    await app.open();
    await app.goTo('Settings');
    const form = page.getByRole('form', { name: 'Encrypt with this passphrase' });
    await form.getByLabel('New passphrase', { exact: true }).fill(PASS);
    await form.getByLabel('New passphrase again').fill(PASS);
    await form.getByRole('button', { name: 'Encrypt with this passphrase' }).click();
    await expect(page.getByText('This workspace is encrypted.')).toBeVisible();
    await app.goTo('Backups');
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByRole('table').getByText('Manual')).toBeVisible();
  } finally {
    await stopServer(server.child);
  }

  // Broken by hand: the first 8 KiB of the database overwritten with zeros.
  const file = path.join(dataDir, 'letterdesk.db');
  const bytes = fs.readFileSync(file);
  bytes.fill(0, 0, 8192);
  fs.writeFileSync(file, bytes);

  server = await startServer(dataDir);
  try {
    const app = new LetterdeskApp(page, server.url);
    await app.goto();
    await expect(page.getByRole('heading', { name: 'This workspace is locked' })).toBeVisible();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: 'The workspace is damaged', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Restore the newest backup' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Restore/ })
      .click();
    await app.waitUntilReady();
    await expect(page.getByText('Ana Recuperada')).toBeVisible();
    // The damaged file was kept as the undo copy, and the workspace is still encrypted.
    expect(fs.readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  } finally {
    await stopServer(server.child);
  }
});
