import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Real SQLite files, child processes and memory-hard key derivations (about 0.75 s each on an
    // encrypted workspace's every open): give slow disks and busy CI machines room, setup hooks included.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
