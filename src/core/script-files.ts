// Which files count as scripts, and how big one may be. No Node imports: the renderer (drops and
// the file picker) and the main process (folders, argv, dialogs, parsers) share these.

/** File name endings accepted as scripts, lower case with the dot. */
export const SCRIPT_EXTENSIONS: readonly string[] = ['.json', '.txt', '.md', '.markdown'];

/** True when a file name (or path) ends in a script extension, ignoring case. */
export function isScriptFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return SCRIPT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * Largest script accepted, in UTF-8 bytes. A real script is a few hundred bytes; the cap keeps a
 * wrongly chosen file (a video, a log) from being read or scanned at all.
 */
export const MAX_SCRIPT_BYTES = 1024 * 1024;
