import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCRIPT_EXTENSIONS } from '#core/script-files.js';

/** A sample script as the library takes an upload: its file name and text. */
export interface SampleScript {
  readonly name: string;
  readonly content: string;
}

/**
 * Where the sample scripts shipped with the app are: Electron's resources folder, then the nearest
 * `resources/samples` above this module (the source tree, the bundled `out/`, or inside the
 * packaged app), then the working directory. Undefined when none has any.
 */
export function findSamplesDir(): string | undefined {
  const candidates: string[] = [];
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath)
    candidates.push(join(resourcesPath, 'samples'), join(resourcesPath, 'resources', 'samples'));
  for (let dir = moduleDir(); dir !== dirname(dir); dir = dirname(dir))
    candidates.push(join(dir, 'resources', 'samples'));
  candidates.push(join(process.cwd(), 'resources', 'samples'));
  return candidates.find((dir) => existsSync(dir));
}

/** Every sample script in `dir`, by name; an error naming the folder when there is none. */
export async function readSampleScripts(dir: string | undefined = findSamplesDir()): Promise<SampleScript[]> {
  if (!dir) throw new Error('the sample scripts (resources/samples) are missing from this installation');
  const names = (await readdir(dir))
    .filter((name) => SCRIPT_EXTENSIONS.includes(extname(name).toLowerCase()))
    .sort();
  if (names.length === 0) throw new Error(`no sample scripts in ${dir}`);
  return Promise.all(names.map(async (name) => ({ name, content: await readFile(join(dir, name), 'utf8') })));
}

function moduleDir(): string {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return process.cwd();
  }
}
