import { execFileSync, spawnSync } from 'node:child_process';
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

/** Mean loudness of a file's audio in dB (-91 is digital silence). */
export function meanVolumeDb(path: string): number {
  // volumedetect reports on stderr; spawnSync keeps it even though ffmpeg exits 0.
  const result = spawnSync(
    'ffmpeg',
    ['-hide_banner', '-nostats', '-i', path, '-af', 'volumedetect', '-f', 'null', '-'],
    {
      encoding: 'utf8',
    },
  );
  const match = /mean_volume: (-?[\d.]+) dB/.exec(result.stderr);
  if (!match) throw new Error(`ffmpeg volumedetect printed no mean volume for ${path}`);
  return Number(match[1]);
}

/** Writes a tone of `seconds` with ffmpeg's lavfi source. */
export function writeTone(path: string, seconds: number, frequency: number): void {
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=${frequency}:duration=${seconds}`,
    path,
  ]);
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
