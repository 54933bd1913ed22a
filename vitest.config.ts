import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Colocated tests that open a real server (or need ffmpeg, Chromium or a spawned app) run with the
 * integration tests, so the unit project stays in-process and fast.
 */
const SLOW_SOURCE_TESTS = ['src/main/infrastructure/providers/remotion/media-server.test.ts'];

/**
 * Unit tests that replace modules (`vi.mock`) need a module graph of their own; the others share
 * one per worker (`isolate: false`), which halves the unit run (imports dominate it).
 */
const MOCKING_UNIT_TESTS = [
  'src/renderer/src/preview/PlatformPreview.test.tsx',
  'src/renderer/src/preview/ScriptPreview.test.tsx',
  'src/main/infrastructure/parsers/read-script-file.permissions.test.ts',
];

/**
 * Unit tests that need a DOM (React components, the page's API client, dropped files). Apart from
 * the rest: a worker that switches between Node and happy-dom files re-imports what it shared,
 * which made the whole unit run a third slower than the two sets run one after the other.
 */
const DOM_UNIT_TESTS = [
  'src/**/*.test.tsx',
  'src/renderer/src/api/create-api-client.test.ts',
  'src/renderer/src/state/read-dropped-files.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // 2-core CI machines: renders in parallel files would starve each other.
    maxWorkers: 2,
    // `npm test` runs both; `npm run test:unit` (`--project unit`) is the fast feedback loop.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Worker threads start faster than forked processes; unit tests never chdir or exit.
          pool: 'threads',
          isolate: false,
          include: ['src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SLOW_SOURCE_TESTS, ...MOCKING_UNIT_TESTS, ...DOM_UNIT_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-dom',
          pool: 'threads',
          isolate: false,
          include: DOM_UNIT_TESTS,
          exclude: [...configDefaults.exclude, ...MOCKING_UNIT_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-mocking',
          pool: 'threads',
          include: MOCKING_UNIT_TESTS,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          // ffmpeg, Chromium, the CLI and Electron as they run for real.
          include: ['test/**/*.test.{ts,tsx}', ...SLOW_SOURCE_TESTS],
          // The CLI the tests start, built from the sources once per run (see the file).
          globalSetup: ['test/support/built-cli.ts'],
        },
      },
    ],
  },
});
