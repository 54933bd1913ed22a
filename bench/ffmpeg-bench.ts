/**
 * Speed of the FFmpeg renderer against a plain ffmpeg command of the same size, rate, codec
 * settings (the provider's own `codecOptions`: preset, CRF, bitrate cap, threads, audio) and
 * duration, from a colour source and one drawtext. Peak memory sums ffmpeg processes that run at
 * the same time (the provider's side-by-side parts). Run: npx tsx bench/ffmpeg-bench.ts
 * Options (environment): BENCH_RUNS (default 3, best run of each side is reported), BENCH_QUALITY (standard),
 * BENCH_CHANNEL (air: crossfades, the slowest to encode; fire, water, earth), BENCH_PARTS (the
 * provider's `parts` setting; default its own choice).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { frameSizeFor, type VideoQuality } from '#core/video-quality.js';
import { codecOptions, threadsFor } from '../src/main/infrastructure/providers/ffmpeg/encoder-options.js';
import { FfmpegVideoProvider } from '../src/main/infrastructure/providers/ffmpeg/index.js';
import { ffmpegSettings, makeRequest, makeTimeline, type ChannelId } from '../test/ffmpeg/fixtures.js';
import { FFMPEG } from '../test/support/media-tools.js';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const quality = (process.env.BENCH_QUALITY ?? 'standard') as VideoQuality;
const channel = (process.env.BENCH_CHANNEL ?? 'air') as ChannelId;
/** Parts of the render side by side (providers.ffmpeg.parts); default the provider's own choice. */
const parts = process.env.BENCH_PARTS ? Number(process.env.BENCH_PARTS) : undefined;
const seconds = 30;
const work = mkdtempSync(join(tmpdir(), 'reelforge-bench-'));

interface Measurement {
  wallSeconds: number;
  peakRssMb: number;
}

/** The kernel's high-water mark of a process's resident memory in MB; undefined once it has exited. */
function highWaterMb(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Peak memory of processes that may run at the same time (the provider's side-by-side parts):
 * every 50 ms each live process's high-water mark is read and summed over the processes alive
 * together; the peak is the largest such sum (an upper bound, as their own peaks may not coincide).
 */
function watchMemory(): { add(pid: number): void; stop(): number } {
  const live = new Map<number, number>();
  let peakMb = 0;
  const sample = () => {
    for (const pid of [...live.keys()]) {
      const mb = highWaterMb(pid);
      if (mb === undefined) {
        peakMb = Math.max(
          peakMb,
          [...live.values()].reduce((a, b) => a + b, 0),
        );
        live.delete(pid);
      } else live.set(pid, Math.max(live.get(pid)!, mb));
    }
    peakMb = Math.max(
      peakMb,
      [...live.values()].reduce((a, b) => a + b, 0),
    );
  };
  const timer = setInterval(sample, 50);
  return {
    add(pid) {
      live.set(pid, highWaterMb(pid) ?? 0);
    },
    stop() {
      clearInterval(timer);
      sample();
      return peakMb;
    },
  };
}

/** Told the pid of each ffmpeg the provider starts; the current run watches their memory. */
let onProviderSpawn: (pid: number) => void = () => {};
/** One provider for every run, as the app keeps one: its ffmpeg version check happens once. */
const provider = new FfmpegVideoProvider(ffmpegSettings({ options: parts ? { parts } : {} }), {
  onSpawn: (pid) => onProviderSpawn(pid),
});

async function benchProvider(): Promise<Measurement> {
  const timeline = makeTimeline({
    channel,
    hook: 'Stop scrolling: “50%” of people get this wrong 🔥',
    points: ['Café crème counts as breakfast', '中文字幕也能正常显示', 'مرحبا — and one more point'],
    cta: 'Follow for part two 👉',
    sceneSeconds: seconds / 5,
  });
  const memory = watchMemory();
  onProviderSpawn = (pid) => memory.add(pid);
  const started = performance.now();
  await provider.generate(makeRequest(timeline, join(work, 'provider'), 'bench', quality), {
    signal: new AbortController().signal,
    onProgress: () => {},
  });
  const wallSeconds = (performance.now() - started) / 1000;
  return { wallSeconds, peakRssMb: memory.stop() };
}

async function benchReference(): Promise<Measurement> {
  const { width, height } = frameSizeFor(quality, '9:16');
  const textFile = join(work, 'text.txt');
  writeFileSync(textFile, 'Stop scrolling: 50% of people get this wrong');
  const font = resolve('resources/fonts/NotoSans-Bold.ttf');
  const args = [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `color=c=0xd00000:s=${width}x${height}:r=30:d=${seconds}`,
    '-f',
    'lavfi',
    '-i',
    'anullsrc=r=48000:cl=stereo',
    '-vf',
    `drawtext=fontfile=${font}:textfile=${textFile}:expansion=none:fontsize=${Math.round(width / 18)}:fontcolor=white:x=(w-tw)/2:y=(h-th)/2`,
    '-t',
    String(seconds),
    ...codecOptions(quality, threadsFor(availableParallelism()).encoder),
    join(work, 'reference.mp4'),
  ];
  const started = performance.now();
  const child = spawn(FFMPEG, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const memory = watchMemory();
  memory.add(child.pid!);
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  if (code !== 0) throw new Error(`reference ffmpeg exited with ${code}`);
  return { wallSeconds: (performance.now() - started) / 1000, peakRssMb: memory.stop() };
}

function best(list: Measurement[]): Measurement {
  return list.reduce((a, b) => (b.wallSeconds < a.wallSeconds ? b : a));
}

function line(name: string, m: Measurement): string {
  return `${name.padEnd(10)} wall ${m.wallSeconds.toFixed(2)} s   ${(seconds / m.wallSeconds).toFixed(2)}× real time   peak ffmpeg RSS ${m.peakRssMb.toFixed(0)} MB`;
}

try {
  const size = frameSizeFor(quality, '9:16');
  console.log(
    `${seconds} s, five scenes, ${channel} look, ${size.width}×${size.height}, '${quality}', ${availableParallelism()} cores, best of ${runs}`,
  );
  const provider: Measurement[] = [];
  const reference: Measurement[] = [];
  for (let i = 0; i < runs; i += 1) {
    provider.push(await benchProvider());
    reference.push(await benchReference());
  }
  const p = best(provider);
  const r = best(reference);
  console.log(line('provider', p));
  console.log(line('reference', r));
  console.log(`provider / reference wall time: ${(p.wallSeconds / r.wallSeconds).toFixed(2)}`);
  console.log(`node peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
