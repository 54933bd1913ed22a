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
    // The core must never depend on Electron, fluent-ffmpeg or Remotion: they live behind adapters.
    files: ['src/main/domain/**/*.ts', 'src/main/application/**/*.ts'],
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
