import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit and integration tests run in plain Node: shared/ and electron/ modules, real SQLite files.
export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
