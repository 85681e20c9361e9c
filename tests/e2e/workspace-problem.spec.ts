import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const garbage = crypto.randomBytes(8192);

test.use({ initialDatabase: garbage });

test('a damaged workspace is explained, and a fresh start keeps the old file', async ({ app, server, page }) => {
  await app.goto();
  const problem = app.workspaceProblem;
  await expect(problem.heading('This file is not a Letterdesk workspace')).toBeVisible();
  await expect(page.getByText(path.join(server.dataDir, 'letterdesk.db'), { exact: true })).toBeVisible();

  await problem.startFreshButton().click();
  await expect(problem.confirmDialog()).toContainText('without any change');
  await problem.confirmDialog().getByRole('button', { name: 'Start fresh' }).click();

  await expect(problem.heading('A fresh workspace is ready')).toBeVisible();
  const damagedDir = path.join(server.dataDir, 'damaged');
  const kept = fs.readdirSync(damagedDir).filter((name) => name.endsWith('.db'));
  expect(kept).toHaveLength(1);
  const keptFile = path.join(damagedDir, kept[0]!);
  expect(fs.readFileSync(keptFile).equals(garbage)).toBe(true);
  await expect(page.getByText(keptFile, { exact: true })).toBeVisible();

  await problem.continueButton().click();
  await app.waitUntilReady();
  // The fresh workspace is empty, so it opens on the get-started checklist.
  await expect(page.getByRole('heading', { name: 'Get started', level: 1 })).toBeVisible();
});
