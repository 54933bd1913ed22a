import { dirname } from 'node:path';
import type { LocalMediaRule } from '#core/parser.js';
import { isInside } from './path-inside.js';

/**
 * Media rules for scripts whose text the machine's user did not necessarily write. Music and
 * voice-overs are read from disk and end up in a video the sender can watch, so a sender who may
 * not read every file may not name every file.
 */

/**
 * A REST client may name media only inside the server's media folder (the folder `reelforge
 * serve` was started in, which relative paths of text scripts resolve against): never any other
 * file on the server.
 */
export function apiScriptMedia(mediaFolder: string): LocalMediaRule {
  return {
    allows: (path) => isInside(mediaFolder, path),
    refusal:
      "names a file outside the server's media folder; scripts sent over the API may use only files in the folder the server was started in, by a relative path",
  };
}

/**
 * The page (desktop window or browser tab) is untrusted: its scripts may use files in the folder
 * of the script file the user gave (and below), and files or folders the user opened or dropped.
 */
export function pageScriptMedia(
  userGave: { allowsMedia(path: string): boolean },
  scriptPath: string | undefined,
): LocalMediaRule {
  const folder = scriptPath === undefined ? undefined : dirname(scriptPath);
  return {
    allows: (path) => (folder !== undefined && isInside(folder, path)) || userGave.allowsMedia(path),
    refusal:
      folder === undefined
        ? 'names a file this app was not given; a script added by upload may only use files you opened or dropped. Open the script file itself (Open… or a drop on the desktop window) and keep its media in its folder'
        : "is outside the script's folder and not a file you opened or dropped; move it next to the script, or drop it (or its folder) on the window",
  };
}
