import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from '../../application/generation/crash-recovery.js';

/**
 * Where a worker process keeps its jobs' scratch files: a folder of its own under `root`, named
 * after its process id, so workers sharing a data folder never touch each other's files.
 */
export function workerScratchDir(root: string, pid: number = process.pid): string {
  return join(root, `pid-${pid}`);
}

/**
 * Removes the scratch folders of workers that are gone: a SIGKILLed worker never cleans up, and
 * its half-rendered parts and fetched inputs stayed on disk. Folders of live processes (another
 * worker on the same data folder) and anything not named like a worker's are left alone.
 * Returns the folders removed.
 */
export function sweepDeadWorkerScratch(
  root: string,
  isAlive: (pid: number) => boolean = isProcessAlive,
  ownPid: number = process.pid,
): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = /^pid-(\d+)$/.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === ownPid || isAlive(pid)) continue;
    const folder = join(root, name);
    rmSync(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}
