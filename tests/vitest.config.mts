import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Real SQLite files and child processes: give slow disks some room.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
