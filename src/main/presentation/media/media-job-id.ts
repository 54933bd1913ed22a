/**
 * Job ids as they may appear in a media URL: letters, digits, `-` and `_` (UUIDs and test ids).
 * Anything else — `/`, `\`, `.`, `%`, NUL, spaces — is refused before the database is asked, so
 * traversal, encoded slashes and double encoding never reach a path.
 */
const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/;

/** Decodes one URL path segment once and checks it is a plain job id; undefined otherwise. */
export function parseMediaJobId(rawSegment: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawSegment);
  } catch {
    return undefined;
  }
  return JOB_ID.test(decoded) ? decoded : undefined;
}
