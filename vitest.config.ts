import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // No test mocks modules or changes the environment, so files can share a worker: importing
    // Shiki, unified and Astro once per worker instead of once per file halves the run.
    isolate: false,
    // The default reporter counts skipped tests without saying why; this one says why, above its summary.
    reporters: ['./tests/support/skip-reasons-reporter.ts', 'default'],
  },
});
