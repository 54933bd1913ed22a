import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---- Layer fences -------------------------------------------------------------------------------
// src/core runs everywhere (main, page, preload, Remotion bundle); src/renderer, src/shared,
// src/preload and src/remotion run in a browser or a sandbox; src/main is the Node main process:
// presentation -> application -> core, infrastructure implements application's ports.

const NODE_ONLY = {
  regex: `^(node:|(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/|$))`,
  caseSensitive: true,
  message: 'Node built-ins run only in the main process (src/main), scripts, tests and bench.',
};
const MAIN_PROCESS = {
  group: ['**/main/**'],
  message: 'Main-process code stays in src/main; share pure code through src/core (#core/…).',
};
const ELECTRON = {
  // The package only: a gitignore-style 'electron/*' would also match our own …/electron/ folders.
  regex: '^electron(/|$)',
  message: 'Only src/main/presentation/electron and the preload import electron.',
};
const MAIN_ONLY_PACKAGES = {
  group: [
    'better-sqlite3',
    'fluent-ffmpeg',
    'ws',
    '@runwayml/sdk',
    '@elevenlabs/*',
    'openai',
    '@napi-rs/*',
    '@remotion/renderer',
    '@remotion/renderer/*',
    '@remotion/bundler',
    '@remotion/bundler/*',
  ],
  message: 'This package is Node-only: it belongs behind an adapter in src/main/infrastructure.',
};
// Cloud SDKs are big (the ElevenLabs one took ≈ 1.1 s to import): a value import would make every
// CLI command and render pay for it. Type imports are free; the code loads them with import() when used.
const LAZY_SDKS = ['@elevenlabs/elevenlabs-js', 'openai', '@runwayml/sdk'];
const LAZY_SDK_MESSAGE =
  'Cloud SDKs load on use: `import type` here, and `await import(…)` where the SDK is called (start-up time).';
const LICENCE_CORNERS = [
  'src/remotion/**',
  'src/main/infrastructure/providers/remotion/**',
  'src/renderer/src/preview/remotion/**',
  'test/remotion/**',
  'bench/remotion-bench.ts',
  'src/main/infrastructure/providers/ffmpeg/ffmpeg-adapter.ts',
];

function licenceFences(lazySdks) {
  const remotion = 'Remotion is confined to src/remotion, the Remotion provider and the preview player.';
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          { name: 'remotion', message: remotion },
          { name: 'fluent-ffmpeg', message: 'Use the FFmpeg adapter (providers/ffmpeg/ffmpeg-adapter.ts).' },
          ...(lazySdks
            ? LAZY_SDKS.map((name) => ({ name, allowTypeImports: true, message: LAZY_SDK_MESSAGE }))
            : []),
        ],
        patterns: [
          { group: ['@remotion/*'], message: remotion },
          ...(lazySdks ? [{ group: ['@aws-sdk/*'], allowTypeImports: true, message: LAZY_SDK_MESSAGE }] : []),
        ],
      },
    ],
  };
}

const CORE_OUTSIDE = {
  // Inside src/core imports are relative and stay inside it.
  group: [
    '**/main/**',
    '**/shared/**',
    '**/renderer/**',
    '**/preload/**',
    '**/remotion/**',
    '**/test/**',
    '**/bench/**',
    '**/scripts/**',
  ],
  message: 'src/core imports nothing outside itself.',
};
const CORE_PACKAGES = {
  regex: '^[^.]',
  message: 'src/core imports nothing outside itself: no packages, no Node built-ins, no #aliases.',
};
const CORE_TEMPLATE_PACKAGES = {
  // Templates are documents users write: their schema is zod (published as JSON Schema), and zod
  // is pure, so src/core/templates may import it and nothing else from outside.
  regex: '^(?!\\.|zod$)',
  message: 'src/core/templates imports zod and nothing else from outside src/core.',
};
const CORE_TEST_PACKAGES = {
  regex: '^(?!\\.|vitest$|fast-check$)',
  message: 'Core tests may import vitest and fast-check, nothing else from outside src/core.',
};
const IO_ADAPTERS = {
  group: [...new Set(['remotion', '@remotion/*', ...MAIN_ONLY_PACKAGES.group, 'electron'])],
  message: 'The application layer stays free of I/O adapters: they live in src/main/infrastructure.',
};
const OUTER_LAYERS = {
  group: ['**/infrastructure/**', '**/presentation/**'],
  message: 'The application layer must not import infrastructure or presentation.',
};
const PRESENTATION = {
  group: ['**/presentation/**'],
  message: 'Infrastructure must not import presentation.',
};

const BY_ALIAS = {
  // `../../../../shared/api-types.js` says nothing and breaks when a file moves; the aliases in
  // package.json `imports` name the shared folders from anywhere.
  regex: '^(\\.\\./){2,}(core|shared|remotion)/',
  message: 'Import src/core, src/shared and src/remotion through #core/…, #shared/… and #remotion/….',
};

/** One config object per layer; every layer outside src/core also takes the shared folders by alias. */
const layer = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: patterns.includes(CORE_OUTSIDE) ? patterns : [...patterns, BY_ALIAS] },
    ],
  },
});

function layerFences() {
  const browserSide = [MAIN_PROCESS, NODE_ONLY, MAIN_ONLY_PACKAGES];
  const tests = ['**/*.test.ts', '**/*.test.tsx'];
  return [
    layer(['src/core/**/*.{ts,tsx}'], [CORE_OUTSIDE, CORE_PACKAGES], [...tests, 'src/core/templates/**']),
    layer(['src/core/templates/**/*.{ts,tsx}'], [CORE_OUTSIDE, CORE_TEMPLATE_PACKAGES], tests),
    layer(['src/core/**/*.test.{ts,tsx}'], [CORE_OUTSIDE, CORE_TEST_PACKAGES]),
    layer(['src/preload/**/*.{ts,tsx}'], browserSide),
    layer(
      ['src/renderer/**/*.{ts,tsx}', 'src/shared/**/*.{ts,tsx}', 'src/remotion/**/*.{ts,tsx}'],
      [...browserSide, ELECTRON],
      tests,
    ),
    // Their tests run in Node (reading fixtures), but still import no main-process code.
    layer(
      ['src/renderer/**/*.test.{ts,tsx}', 'src/shared/**/*.test.{ts,tsx}', 'src/remotion/**/*.test.{ts,tsx}'],
      [MAIN_PROCESS, ELECTRON],
    ),
    layer(['src/main/application/**/*.{ts,tsx}'], [IO_ADAPTERS, OUTER_LAYERS], tests),
    // Application tests may use real adapters (a real mock provider, real SQLite).
    layer(['src/main/application/**/*.test.{ts,tsx}'], [ELECTRON]),
    layer(['src/main/infrastructure/**/*.{ts,tsx}'], [PRESENTATION, ELECTRON]),
    // Everything else but src/main/presentation/electron: the rest of src/main, tests, bench,
    // scripts.
    layer(
      ['**/*.{ts,tsx}'],
      [ELECTRON],
      [
        'src/core/**',
        'src/preload/**',
        'src/renderer/**',
        'src/shared/**',
        'src/remotion/**',
        'src/main/application/**',
        'src/main/infrastructure/**',
        'src/main/presentation/electron/**',
        // Shell tests type Electron's menu templates.
        'test/electron/**',
      ],
    ),
  ];
}

/**
 * `import()` passes the fences above (they read import declarations only), so the same borders are
 * drawn for it: what runs in the page or in src/core loads no Node or main-process module later
 * either, and the application layer loads no adapter. Core may not load anything at run time.
 */
function dynamicImportFences() {
  const fence = (files, selector, message, ignores = []) => ({
    files,
    ignores,
    rules: { 'no-restricted-syntax': ['error', { selector, message }] },
  });
  // Top-level names only (`fs` covers `fs/promises`): a `/` would end the selector's regex.
  const nodeBuiltin = builtinModules.filter((m) => !m.startsWith('_') && !m.includes('/')).join('|');
  return [
    fence(['src/core/**/*.{ts,tsx}'], 'ImportExpression', 'src/core loads nothing at run time: no import().'),
    fence(
      [
        'src/renderer/**/*.{ts,tsx}',
        'src/shared/**/*.{ts,tsx}',
        'src/preload/**/*.{ts,tsx}',
        'src/remotion/**/*.{ts,tsx}',
      ],
      `ImportExpression[source.value=/^(node:|(${nodeBuiltin})(\\/|$)|electron(\\/|$))|\\/main\\//]`,
      'import() keeps to the fences too: no Node built-ins, electron or main-process code here.',
      ['**/*.test.{ts,tsx}'],
    ),
    fence(
      ['src/main/application/**/*.{ts,tsx}'],
      'ImportExpression[source.value=/\\/(infrastructure|presentation)\\//]',
      'import() keeps to the fences too: the application layer loads no infrastructure or presentation.',
      ['**/*.test.{ts,tsx}'],
    ),
  ];
}

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'node_modules/',
      'coverage/',
      'test-results/',
      // The bundlers' short-lived copies of their config (`electron.vite.config.ts.<time>-<hash>.mjs`,
      // `vite.config.ts.timestamp-….mjs`): CI lints while it builds, and a copy listed then deleted
      // made ESLint fail with ENOENT.
      '*.config.ts.*.mjs',
    ],
  },
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
  // Licence and deprecation fences: Remotion (source-available) stays in its own corner, and
  // fluent-ffmpeg (archived upstream) inside the one adapter that wraps it. In src/ also: cloud SDKs
  // load on use (tests may import them directly).
  { files: ['**/*.{ts,tsx}'], ignores: [...LICENCE_CORNERS, 'src/**'], rules: licenceFences(false) },
  { files: ['src/**/*.{ts,tsx}'], ignores: LICENCE_CORNERS, rules: licenceFences(true) },
  // Layer fences (one config object per layer, so none overrides another; test/architecture/
  // layer-fences.test.ts lints a probe per rule). They use the typescript-eslint copy of the rule
  // so they add to the licence fences above instead of replacing them; `import()` has its own.
  ...layerFences(),
  ...dynamicImportFences(),
);
