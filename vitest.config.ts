import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // Database tests open an embedded PostgreSQL each; two at a time fit this 2-core machine.
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
