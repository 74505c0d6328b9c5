import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The default reporter counts skipped tests without saying why; this one says why, above its summary.
    reporters: ['./tests/support/skip-reasons-reporter.ts', 'default'],
  },
});
