import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What tests see of the processes they start (read from /proc). */

/**
 * Processes descended from `root` whose command line matches `pattern`, read from /proc: the
 * Chromium and compositor processes a test started, and nobody else's.
 */
export function descendantProcesses(root: number, pattern: RegExp): { pid: number; command: string }[] {
  const parents = new Map<number, number>();
  const commands = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 is the parent pid; the command in field 2 may contain spaces, so split after ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
      commands.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim());
    } catch {
      // The process ended while we looked.
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = parents.get(pid), hops = 0; p !== undefined && hops < 64; p = parents.get(p), hops += 1) {
      if (p === root) return true;
    }
    return false;
  };
  return [...commands]
    .filter(([pid, command]) => isDescendant(pid) && pattern.test(command))
    .map(([pid, command]) => ({ pid, command }));
}

/** True while a process with this pid exists (zombies count as gone: they no longer run). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = execFileSync('cat', [`/proc/${pid}/stat`], { encoding: 'utf8' });
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}
