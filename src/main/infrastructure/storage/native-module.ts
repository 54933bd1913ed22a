import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { NativeModuleError } from './errors.js';

export type JsRuntime = 'node' | 'electron';
export type DatabaseConstructor = typeof BetterSqlite3;

const ELECTRON_REBUILD = 'npx @electron/rebuild -f -w better-sqlite3';
const NODE_REBUILD = 'npm rebuild better-sqlite3';

/** The runtime we are loaded in: Electron's main process reports its own version. */
export function currentRuntime(): JsRuntime {
  return process.versions.electron ? 'electron' : 'node';
}

function isAbiMismatch(message: string): boolean {
  return (
    message.includes('NODE_MODULE_VERSION') ||
    message.includes('was compiled against a different Node.js version')
  );
}

/** "...using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 127." */
function abiVersions(message: string): string {
  const versions = [...message.matchAll(/NODE_MODULE_VERSION (\d+)/g)].map((m) => m[1]);
  return versions.length === 2 ? ` (built for ABI ${versions[0]}, this runtime needs ${versions[1]})` : '';
}

/**
 * Turns a failure to load better-sqlite3 into an error that says what to run. Pure, so every
 * branch is testable without a broken build. Errors it does not recognise are wrapped as they are.
 */
export function explainNativeModuleError(error: unknown, runtime: JsRuntime): NativeModuleError {
  const message = error instanceof Error ? error.message : String(error);
  if (isAbiMismatch(message)) {
    const where = runtime === 'electron' ? 'this Electron' : 'this Node.js';
    const fix =
      runtime === 'electron'
        ? `Start the app with \`npm start\`: it fetches better-sqlite3 for Electron into native/ once (network needed) and leaves the CLI's build alone. ` +
          `Or run \`${ELECTRON_REBUILD}\` in the Reelforge folder (it downloads Electron headers, so it needs network access); ` +
          `afterwards the CLI under plain Node needs \`${NODE_REBUILD}\` again.`
        : `Run \`${NODE_REBUILD}\` in the Reelforge folder (it was probably rebuilt for Electron).`;
    return new NativeModuleError(
      `better-sqlite3 was compiled for a different runtime than ${where}${abiVersions(message)}. ${fix}`,
      { cause: error },
    );
  }
  if (message.includes('Could not locate the bindings file') || message.includes('better_sqlite3.node')) {
    const fix = runtime === 'electron' ? ELECTRON_REBUILD : NODE_REBUILD;
    return new NativeModuleError(
      `better-sqlite3 has no native build. Run \`${fix}\` in the Reelforge folder.`,
      {
        cause: error,
      },
    );
  }
  if (message.includes("Cannot find module 'better-sqlite3'")) {
    return new NativeModuleError(
      'better-sqlite3 is not installed. Run `npm install` in the Reelforge folder.',
      {
        cause: error,
      },
    );
  }
  return new NativeModuleError(`could not load better-sqlite3: ${message}`, { cause: error });
}

const checkedBindings = new Set<string>();
let cachedConstructor: DatabaseConstructor | undefined;

/**
 * Loads better-sqlite3 on first use rather than at import time, so a build for the wrong ABI
 * surfaces as an explained error where the database is opened, not as a crash at startup.
 * better-sqlite3 only loads its `.node` addon in the constructor, so a throwaway in-memory
 * connection is opened here to make ABI failures happen inside this try.
 */
export function loadDatabaseConstructor(nativeBinding?: string): DatabaseConstructor {
  const key = nativeBinding ?? '';
  if (cachedConstructor && checkedBindings.has(key)) return cachedConstructor;
  try {
    const require = createRequire(import.meta.url);
    const constructor = cachedConstructor ?? (require('better-sqlite3') as DatabaseConstructor);
    new constructor(':memory:', nativeBinding ? { nativeBinding } : {}).close();
    cachedConstructor = constructor;
    checkedBindings.add(key);
    return cachedConstructor;
  } catch (error) {
    const explained = explainNativeModuleError(error, currentRuntime());
    if (!nativeBinding) throw explained;
    throw new NativeModuleError(`${nativeBinding}: ${explained.message}`, { cause: error });
  }
}
