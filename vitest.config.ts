import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
    // Each file gets its own embedded database (or shares PostgreSQL with unique data), so files
    // run in parallel; two workers match this 2-core machine.
    maxWorkers: 2,
    env: { PRATU_ENV: 'test' },
  },
});
