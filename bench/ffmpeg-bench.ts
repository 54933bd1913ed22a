/**
 * `npm run bench` — how fast a user gets a video from the CLI, on every sample script and a long
 * six-point one, against a plain ffmpeg command of the same size, rate, length and codec settings.
 *
 * Each render is the whole CLI process (`node bin/reelforge.js render <script> --provider ffmpeg
 * --quality standard --json`): start-up, script reading, the queue, drawing text, ffmpeg, the
 * output check. Its reference is one plain ffmpeg run: a colour source and one drawtext over the
 * same length (the rendered file's), encoded with the provider's codec settings (`codecOptions`:
 * preset, CRF, bitrate cap, AAC), once with x264's own thread count and once with one per core;
 * the faster counts. Sides alternate, one CLI run per reference run; best of 2 × BENCH_RUNS
 * (default 2) each. The provider learns this machine's fastest
 * parts/threads setting from its first renders (see encode-tuning.ts); the bench lets it finish
 * learning first, untimed, in a profile folder kept between benches (BENCH_PROFILE_DIR).
 *
 * Options (environment): BENCH_RUNS, BENCH_QUALITY (standard), BENCH_SCRIPTS (comma-separated
 * paths instead of the samples and the long script), BENCH_PROFILE_DIR.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { frameSizeFor, type VideoQuality } from '#core/video-quality.js';
import { EncodeTuner } from '../src/main/infrastructure/providers/ffmpeg/encode-tuner.js';
import { codecOptions } from '../src/main/infrastructure/providers/ffmpeg/encoder-options.js';
import {
  MachineProfile,
  machineTuningKey,
} from '../src/main/infrastructure/providers/ffmpeg/machine-profile.js';
import { FFMPEG } from '../test/support/media-tools.js';
import { formatSpeeds, vcpuSpeeds } from './vcpu-speeds.js';

const runs = Number(process.env.BENCH_RUNS ?? 2);
const quality = (process.env.BENCH_QUALITY ?? 'standard') as VideoQuality;
const profileDir = resolve(process.env.BENCH_PROFILE_DIR ?? join(tmpdir(), 'reelforge-bench-profile'));
const scripts = process.env.BENCH_SCRIPTS
  ? process.env.BENCH_SCRIPTS.split(',').map((p) => resolve(p))
  : [
      ...readdirSync('resources/samples')
        .sort()
        .map((f) => resolve('resources/samples', f)),
      resolve('bench/scripts/long-six-points.json'),
    ];
const cli = resolve('bin/reelforge.js');
const work = mkdtempSync(join(tmpdir(), 'reelforge-bench-'));
/** A data folder whose ffmpeg cache is the kept profile; history and outputs stay in `work`. */
const dataDir = join(work, 'data');
mkdirSync(join(dataDir, 'cache'), { recursive: true });
mkdirSync(profileDir, { recursive: true });
symlinkSync(profileDir, join(dataDir, 'cache', 'ffmpeg'));

interface CliRender {
  readonly wallSeconds: number;
  readonly videoSeconds: number;
}

function buildCli(): void {
  const built = spawnSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (built.status !== 0 || !existsSync('out/cli/reelforge.js')) throw new Error('building the CLI failed');
}

async function renderWithCli(script: string): Promise<CliRender> {
  const out = join(work, 'out');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [cli, 'render', script, '--provider', 'ffmpeg', '--quality', quality, '--out', out, '--json'],
    { env: { ...process.env, REELFORGE_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  const wallSeconds = (performance.now() - started) / 1000;
  const job = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
    status?: string;
    durationSeconds?: number;
  };
  if (code !== 0 || job.status !== 'completed' || !job.durationSeconds) {
    throw new Error(`render of ${script} failed (exit ${code}): ${stdout}`);
  }
  rmSync(out, { recursive: true, force: true });
  return { wallSeconds, videoSeconds: job.durationSeconds };
}

async function renderReference(seconds: number, threads: number): Promise<number> {
  const { width, height } = frameSizeFor(quality, '9:16');
  const textFile = join(work, 'text.txt');
  writeFileSync(textFile, 'Stop scrolling: 50% of people get this wrong');
  const font = resolve('resources/fonts/NotoSans-Bold.ttf');
  const args = [
    ...['-v', 'error', '-y'],
    ...['-f', 'lavfi', '-i', `color=c=0xd00000:s=${width}x${height}:r=30:d=${seconds}`],
    ...['-f', 'lavfi', '-i', 'anullsrc=r=48000:cl=stereo'],
    '-vf',
    `drawtext=fontfile=${font}:textfile=${textFile}:expansion=none:fontsize=${Math.round(width / 18)}:fontcolor=white:x=(w-tw)/2:y=(h-th)/2`,
    ...['-t', seconds.toFixed(3)],
    ...codecOptions(quality, threads),
    join(work, 'reference.mp4'),
  ];
  const started = performance.now();
  const child = spawn(FFMPEG, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  if (code !== 0) throw new Error(`reference ffmpeg exited with ${code}`);
  return (performance.now() - started) / 1000;
}

/** Renders (untimed) until the provider has measured every candidate setting on this machine. */
async function finishLearning(): Promise<void> {
  const summary = () => {
    // This machine's key under the current tuning generation (any ffmpeg version): a profile
    // kept from an older generation is not what the CLI learns now.
    const [prefix, suffix] = machineTuningKey('\u0000', quality).split('\u0000') as [string, string];
    const key = Object.keys(new MachineProfile(profileDir).allEncodeRuns()).find(
      (k) => k.startsWith(prefix) && k.endsWith(suffix),
    );
    return key === undefined
      ? undefined
      : { key, ...new EncodeTuner(new MachineProfile(profileDir), availableParallelism()).summary(key) };
  };
  const long = scripts[scripts.length - 1]!;
  for (let i = 0; i < 12; i += 1) {
    const learned = summary();
    if (learned && !learned.learning) break;
    process.stdout.write(
      `learning this machine: trying ${learned?.next ?? 'the first setting'} (parts × threads) … `,
    );
    const { wallSeconds } = await renderWithCli(long);
    console.log(`${wallSeconds.toFixed(2)} s`);
  }
  const learned = summary();
  if (learned) {
    const speeds = Object.entries(learned.speeds).map(([s, v]) => `${s} ${(v * 1000).toFixed(3)}`);
    console.log(
      `learned (${learned.key}), ms per still-frame-equivalent Mpx, a moving frame = ${learned.movingCost.toFixed(2)} still: ${speeds.join(', ')}`,
    );
    console.log(`chosen: ${learned.next}`);
  }
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

try {
  buildCli();
  const size = frameSizeFor(quality, '9:16');
  console.log(`CPU: ${cpus()[0]?.model.trim() ?? 'unknown'}, ${availableParallelism()} cores`);
  console.log(
    `${size.width}×${size.height}, '${quality}', whole CLI process vs plain ffmpeg, best of ${2 * runs} each`,
  );
  await finishLearning();
  console.log('');
  // Each row also says how fast each vCPU ran just before it (busy loops pinned to each core, 1.00
  // the fastest): a row measured while one vCPU was slow measures the host, not the renderer.
  console.log(
    row(['script', 'video s', 'CLI wall s', '× real time', 'reference s', 'CLI / reference', 'vCPU speeds']),
  );
  console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
  let worstRealTime = Infinity;
  let worstRatio = 0;
  for (const script of scripts) {
    const speeds = formatSpeeds(await vcpuSpeeds());
    const renders: CliRender[] = [];
    const references: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      // The plain command with x264's own thread count (0: what a user would type) and with one
      // thread per core (the provider's old fixed choice); the faster counts. Each reference run
      // is paired with a CLI run so both sides get the same number of tries: the best of four
      // noisy times is lower than the best of two by about half their spread (≈ 2 % here),
      // which the ratio would otherwise count against the CLI.
      for (const threads of [0, availableParallelism()]) {
        const render = await renderWithCli(script);
        renders.push(render);
        references.push(await renderReference(render.videoSeconds, threads));
      }
    }
    const wall = Math.min(...renders.map((r) => r.wallSeconds));
    const reference = Math.min(...references);
    const video = renders[0]!.videoSeconds;
    worstRealTime = Math.min(worstRealTime, video / wall);
    worstRatio = Math.max(worstRatio, wall / reference);
    console.log(
      row([
        basename(script),
        video.toFixed(1),
        wall.toFixed(2),
        `${(video / wall).toFixed(2)}×`,
        reference.toFixed(2),
        (wall / reference).toFixed(2),
        speeds,
      ]),
    );
  }
  console.log('');
  console.log(
    `worst: ${worstRealTime.toFixed(2)}× real time (target ≥ 4), ${worstRatio.toFixed(2)}× the reference (target ≤ 1.3)`,
  );
  console.log(`vCPU speeds at the end: ${formatSpeeds(await vcpuSpeeds())}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
