// `npm install`'s prepare step: builds the CLI (out/cli) so `npm run reelforge` starts the built
// one (scripts/reelforge.mjs). Skipped where Vite is not installed (`npm install --omit=dev`); a
// failed build only means that `npm run reelforge` runs the sources through tsx.
let vite;
try {
  vite = await import('vite');
} catch {
  process.exit(0);
}
try {
  await vite.build({ configFile: 'vite.cli.config.ts', logLevel: 'error' });
} catch (error) {
  console.warn(
    `reelforge: building the CLI failed (${error.message}); \`npm run reelforge\` runs the sources`,
  );
}
