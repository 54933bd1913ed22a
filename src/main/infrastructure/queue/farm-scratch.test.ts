import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sweepDeadWorkerScratch, workerScratchDir } from './farm-scratch.js';

describe('worker scratch folders', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it('removes the folders of dead workers only: never its own, a live one, or another kind', () => {
    const root = mkdtempSync(join(tmpdir(), 'farm-scratch-'));
    roots.push(root);
    for (const name of ['pid-100', 'pid-200', 'pid-300', 'keep-me']) {
      mkdirSync(join(root, name, 'job-1'), { recursive: true });
      writeFileSync(join(root, name, 'job-1', 'part-0.mp4'), 'x');
    }
    const alive = new Set([200]);
    const removed = sweepDeadWorkerScratch(root, (pid) => alive.has(pid), 300);
    expect(removed).toEqual([join(root, 'pid-100')]);
    expect(existsSync(join(root, 'pid-100'))).toBe(false);
    for (const kept of ['pid-200', 'pid-300', 'keep-me']) expect(existsSync(join(root, kept))).toBe(true);
  });

  it('finds nothing to do when the folder does not exist yet', () => {
    expect(sweepDeadWorkerScratch(join(tmpdir(), 'no-such-farm-scratch-folder'))).toEqual([]);
  });

  it('names a worker folder after its process id', () => {
    expect(workerScratchDir('/data/farm-work', 4242)).toBe(join('/data/farm-work', 'pid-4242'));
  });
});
