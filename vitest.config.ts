import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // default is cores − 1 (one worker on the 2-core CI machine); the files wait on WASM, child processes
    // and PostgreSQL often enough that two workers keep both cores busy
    maxWorkers: 2,
    // the test databases (PGlite snapshots, PostgreSQL templates) are built once per run
    globalSetup: ['test/helpers/sjablonen.ts'],
  },
});
