import { randomBytes } from 'node:crypto';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Why the system refused, in words, for the codes a folder check meets. */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOENT: 'this location does not accept new folders',
  ENOTDIR: 'part of the path is a file, not a folder',
  ENOSPC: 'the disk is full',
  EEXIST: 'a file with that name is in the way',
  ENAMETOOLONG: 'the path is too long',
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Checks that renders can be written to `folder` (absolute): it exists or can be created, it is a
 * folder, and a file can be written in it (tried for real: permission bits say nothing about
 * /proc, a read-only mount or a full disk). Creates the folder when it is missing, as the first
 * render would; removes what it created when the folder then turns out unusable. Returns the
 * problem in words, or undefined when the folder is fine.
 */
export async function findOutputFolderProblem(folder: string): Promise<string | undefined> {
  const existing = await stat(folder).catch(() => undefined);
  if (existing && !existing.isDirectory()) return `"${folder}" is a file, not a folder`;
  let created: string | undefined;
  if (!existing) {
    try {
      created = await makeFolders(folder);
    } catch (error) {
      return `the folder "${folder}" cannot be created: ${reasonOf(error)}`;
    }
  }
  const probe = join(folder, `.reelforge-write-check-${randomBytes(6).toString('hex')}`);
  try {
    await writeFile(probe, '');
    await rm(probe, { force: true });
    return undefined;
  } catch (error) {
    await rm(probe, { force: true }).catch(() => undefined);
    if (created) await rm(created, { recursive: true, force: true }).catch(() => undefined);
    return `the folder "${folder}" is not writable: ${reasonOf(error)}`;
  }
}

/**
 * `mkdir -p` one level at a time, returning the first folder it made. Node's own recursive mkdir
 * never returns for a path under /proc (it retries the parent forever), so it is not used.
 */
async function makeFolders(folder: string): Promise<string> {
  const missing: string[] = [];
  let current = folder;
  while (!(await stat(current).catch(() => undefined))) {
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const level of missing) await mkdir(level);
  return missing[0] ?? folder;
}
