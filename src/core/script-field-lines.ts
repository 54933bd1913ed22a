import type { VideoScript } from './script.js';

/**
 * Where each field of a parsed script stood in its text, kept beside the script rather than in
 * it: a script is stored and sent as data, and lines matter only while its issues are reported.
 * Checks made after parsing (the channel's limits, variants) find their line here.
 */
export type FieldLineLookup = (field: string) => number | undefined;

const lookups = new WeakMap<VideoScript, FieldLineLookup>();

export function rememberFieldLines(script: VideoScript, lookup: FieldLineLookup): void {
  lookups.set(script, lookup);
}

/** The line `field` (as issues name it, e.g. `main_points[2]`) stood on, when known. */
export function lineOfField(script: VideoScript, field: string): number | undefined {
  return lookups.get(script)?.(field);
}
