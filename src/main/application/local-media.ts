import { dirname } from 'node:path';
import type { LocalMediaRule } from '#core/parser.js';
import { isInside } from './path-inside.js';

/**
 * Media rules for scripts whose text the machine's user did not necessarily write. Music and
 * voice-overs are read from disk and end up in a video the sender can watch, so a sender who may
 * not read every file may not name every file.
 */

/** A REST client cannot place files on the server, so its scripts name none. */
export const API_SCRIPT_MEDIA: LocalMediaRule = {
  allows: () => false,
  refusal:
    "names a file on the server; scripts sent over the API cannot use the server's files, so leave music and voice-overs out",
};

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
