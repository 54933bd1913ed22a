import { isAbsolute, resolve } from 'node:path';
import { isScriptFileName } from '#core/script-files.js';
import { isInside } from './path-inside.js';

/**
 * The files and folders the user handed to Reelforge in main (the Open… dialog, a drop on the
 * window, a path on the command line), so a path the page sends can be checked against them.
 * The page is untrusted: it may name a path the user gave, or a script file (by extension) inside
 * a folder the user gave — nothing else. Grants last as long as the process.
 */
export class UserPathGrants {
  readonly #granted = new Set<string>();

  /** Records a path the user chose; a folder grants the scripts inside it. */
  grant(path: string): void {
    if (isAbsolute(path) && !path.includes('\0')) this.#granted.add(resolve(path));
  }

  /** True when the page may have `path` read. */
  allows(path: string): boolean {
    if (path.includes('\0') || !isAbsolute(path)) return false;
    const absolute = resolve(path);
    if (this.#granted.has(absolute)) return true;
    if (!isScriptFileName(absolute)) return false;
    for (const granted of this.#granted) if (isInside(granted, absolute)) return true;
    return false;
  }

  /** True when a script from the page may use `path` as media: a path the user gave, or a file in a folder they gave. */
  allowsMedia(path: string): boolean {
    if (path.includes('\0') || !isAbsolute(path)) return false;
    const absolute = resolve(path);
    for (const granted of this.#granted) if (granted === absolute || isInside(granted, absolute)) return true;
    return false;
  }
}
