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
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...SLOW_SOURCE_TESTS, ...MOCKING_UNIT_TESTS],
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
        },
      },
    ],
  },
});
