import { expect, test } from './fixtures';

test('the token leaves the address bar but the session survives a reload', async ({ app, page }) => {
  await app.open();
  expect(page.url()).not.toContain('token=');
  await app.reload();
  await expect(app.recipients.heading).toBeVisible();
});

test('a wrong token explains how to get back in', async ({ page, server }) => {
  await page.goto(server.url.replace(/token=[^&]*/, 'token=wrong'));
  await expect(page.getByRole('heading', { name: 'Letterdesk could not start' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Open the link printed in the terminal');
});
