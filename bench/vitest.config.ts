import { defineConfig } from 'vitest/config';

/** Benchmarks print timings; they are run by `npm run bench:*`, never by `npm test`. */
export default defineConfig({
  test: { include: ['bench/**/*.bench.test.ts'], testTimeout: 600_000, fileParallelism: false },
});
