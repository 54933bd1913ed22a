import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProbeResult {
  readonly streams: {
    codec_type: string;
    codec_name: string;
    width?: number;
    height?: number;
    pix_fmt?: string;
    r_frame_rate?: string;
  }[];
  readonly format: { duration: string };
}

export function ffprobe(path: string): ProbeResult {
  return JSON.parse(
    execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', path], {
      encoding: 'utf8',
    }),
  ) as ProbeResult;
}

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
