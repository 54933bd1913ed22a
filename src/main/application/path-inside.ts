import { isAbsolute, relative, sep } from 'node:path';

/**
 * True when `child` lies strictly below `parent` (both absolute, normalised); `parent` itself
 * is not inside. The one rule behind media serving, static files, file deletion and the paths
 * the page may name.
 */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
