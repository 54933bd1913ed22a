import { isAbsolute, resolve } from 'node:path';
import { isScriptFileName } from '#core/script-files.js';

/**
 * Script files named on a command line (first launch, a second instance, "Open with…"): every
 * argument after the executable that is not a flag and ends in a script extension, resolved
 * against the launching process's folder. The app's own path (`.`, `out/main/index.js`) and
 * Chromium switches never match.
 */
export function scriptPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  const paths = argv
    .slice(1)
    .filter((arg) => arg !== '' && !arg.startsWith('-'))
    .filter(isScriptFileName)
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
  return [...new Set(paths)];
}
