import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Licence and deprecation fences: Remotion (source-available) stays in its own corner, and
    // fluent-ffmpeg (archived upstream) inside the one adapter that wraps it.
    files: ['**/*.{ts,tsx}'],
    ignores: [
      'src/remotion/**',
      'src/main/infrastructure/providers/remotion/**',
      'src/renderer/src/preview/remotion/**',
      'test/remotion/**',
      'bench/remotion-bench.ts',
      'src/main/infrastructure/providers/ffmpeg/ffmpeg-adapter.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'remotion',
              message: 'Remotion is confined to src/remotion, the Remotion provider and the preview player.',
            },
            {
              name: 'fluent-ffmpeg',
              message: 'Use the FFmpeg adapter (providers/ffmpeg/ffmpeg-adapter.ts).',
            },
          ],
          patterns: [
            {
              group: ['@remotion/*'],
              message: 'Remotion is confined to src/remotion, the Remotion provider and the preview player.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core must never depend on Electron, fluent-ffmpeg or Remotion: they live behind adapters.
    files: ['src/core/**/*.ts', 'src/main/application/**/*.ts'],
    // Tests may use real adapters (a real mock provider, real SQLite) to exercise the core.
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'fluent-ffmpeg', 'remotion', '@remotion/*', 'better-sqlite3'],
              message: 'The core stays free of I/O adapters.',
            },
            {
              group: ['**/infrastructure/**', '**/presentation/**'],
              message: 'Inner layers must not import outer ones.',
            },
          ],
        },
      ],
    },
  },
);
