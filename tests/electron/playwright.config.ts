import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  reporter: 'list',
  timeout: 60_000,
});
