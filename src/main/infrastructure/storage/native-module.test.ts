import { describe, expect, it } from 'vitest';
import { NativeModuleError } from './errors.js';
import { currentRuntime, explainNativeModuleError, loadDatabaseConstructor } from './native-module.js';

// The message Node prints when a .node addon was built for another ABI.
const ABI_MESSAGE =
  "The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\n" +
  'was compiled against a different Node.js version using\n' +
  'NODE_MODULE_VERSION 115. This version of Node.js requires\n' +
  'NODE_MODULE_VERSION 145. Please try re-compiling or re-installing\n' +
  'the module (for instance, using `npm rebuild` or `npm install`).';

describe('explainNativeModuleError', () => {
  it('tells an Electron user to run @electron/rebuild, and that it needs the network', () => {
    const original = new Error(ABI_MESSAGE);
    const explained = explainNativeModuleError(original, 'electron');

    expect(explained).toBeInstanceOf(NativeModuleError);
    expect(explained.message).toContain('npx @electron/rebuild -f -w better-sqlite3');
    expect(explained.message).toContain('network');
    expect(explained.message).toContain('built for ABI 115, this runtime needs 145');
    expect(explained.cause).toBe(original);
  });

  it('tells a Node user to run npm rebuild', () => {
    const explained = explainNativeModuleError(new Error(ABI_MESSAGE), 'node');
    expect(explained.message).toContain('`npm rebuild better-sqlite3`');
    expect(explained.message).not.toContain('@electron/rebuild');
  });

  it('recognises the mismatch from either phrase alone', () => {
    expect(explainNativeModuleError(new Error('NODE_MODULE_VERSION 1'), 'node').message).toContain(
      'npm rebuild',
    );
    expect(
      explainNativeModuleError('was compiled against a different Node.js version', 'electron').message,
    ).toContain('@electron/rebuild');
  });

  it('explains a missing native build with the rebuild command for the runtime', () => {
    const error = new Error('Could not locate the bindings file. Tried: ...');
    expect(explainNativeModuleError(error, 'node').message).toContain(
      'has no native build. Run `npm rebuild',
    );
    expect(explainNativeModuleError(error, 'electron').message).toContain('@electron/rebuild');
  });

  it('explains a missing package with npm install', () => {
    const error = new Error("Cannot find module 'better-sqlite3'\nRequire stack: ...");
    expect(explainNativeModuleError(error, 'node').message).toContain('`npm install`');
  });

  it('wraps anything else with its original message', () => {
    const explained = explainNativeModuleError(new Error('EACCES: permission denied'), 'node');
    expect(explained.message).toBe('could not load better-sqlite3: EACCES: permission denied');
  });
});

describe('loadDatabaseConstructor', () => {
  it('loads the working build under the test runtime, once', () => {
    expect(currentRuntime()).toBe('node');
    const constructor = loadDatabaseConstructor();
    expect(loadDatabaseConstructor()).toBe(constructor);
    const db = new constructor(':memory:');
    expect(db.prepare('SELECT 1 + 1 AS two').get()).toEqual({ two: 2 });
    db.close();
  });
});
