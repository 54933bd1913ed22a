import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** Counts fixed chunks of arithmetic for `ms` and prints the count. */
const BUSY_LOOP = `const end=Date.now()+Number(process.argv[1]);let n=0,x=0;
while(Date.now()<end){for(let i=0;i<1e5;i++)x+=i;n++}console.log(n)`;

/**
 * How fast each core runs right now, against the fastest: one busy loop pinned to each core
 * (`taskset`), all at once for `ms`. On the project's 2-vCPU machines one vCPU at times runs at a
 * third of the other's speed for seconds; a bench row measured then says so. Undefined where
 * `taskset` is missing (not Linux).
 */
export async function vcpuSpeeds(ms = 500): Promise<number[] | undefined> {
  if (process.platform !== 'linux' || spawnSync('taskset', ['--version']).status !== 0) return undefined;
  const counts = await Promise.all(
    Array.from({ length: availableParallelism() }, (_, core) => {
      const child = spawn('taskset', ['-c', String(core), process.execPath, '-e', BUSY_LOOP, String(ms)], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      return new Promise<number>((done) => child.on('exit', () => done(Number(out.trim()))));
    }),
  );
  const fastest = Math.max(...counts);
  return fastest > 0 ? counts.map((count) => count / fastest) : undefined;
}

/** "1.00 / 0.37", or "–" where speeds cannot be measured. */
export function formatSpeeds(speeds: readonly number[] | undefined): string {
  return speeds ? speeds.map((s) => s.toFixed(2)).join(' / ') : '–';
}
