import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = {
  '@': path.resolve(import.meta.dirname),
  // `server-only` throws outside Next's server bundle; tests run server code directly.
  'server-only': path.resolve(import.meta.dirname, 'tests/support/empty.ts'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // 30 s, not vitest's 5: npm test runs the browser suites beside these on two cores, and a test
        // that builds the release zip or walks every matrix window takes seconds there.
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.{ts,tsx}'],
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: { name: 'db', include: ['tests/db/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
      },
      {
        // Stops and restarts the local PostgreSQL: run alone, after the rest (scripts/test.mjs).
        resolve: { alias },
        test: { name: 'fault', include: ['tests/fault/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000, fileParallelism: false },
      },
      {
        // A primary and a streaming replica of the test's own (throwaway clusters): scripts/test.mjs
        // runs it after the e2e-axe stream, the shortest.
        resolve: { alias },
        test: { name: 'replicas', include: ['tests/replicas/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000, fileParallelism: false },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
