/**
 * Remotion renderer benchmark: `npx tsx bench/remotion-bench.ts`
 *
 * A 30 s, five-scene, 1080×1920 video rendered (a) by the app's queue with the Remotion provider
 * and (b) by `npx remotion render` on the same bundle, composition and props; then three jobs
 * queued in the app (one bundle; browsers kept open and reused; the queue's default limits, which
 * let Remotion render two jobs at once) against three CLI runs one after another (each starts its
 * own browser and server). Prints wall time, frames per second and the peak memory of each
 * process tree.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VideoJob } from '../src/main/application/job.js';
import { frameSizeFor, QUALITY_PRESETS } from '#core/video-quality.js';
import { createVideoGenerationService } from '../src/main/composition-root.js';
import { defaultProviderSettings } from '../src/main/infrastructure/config/defaults.js';
import { findAppRoot, locateBundle } from '../src/main/infrastructure/providers/remotion/bundle-locator.js';
import { defaultConcurrency } from '../src/main/infrastructure/providers/remotion/render-settings.js';
import { compositionIdFor, timelineToCompositionProps } from '../src/remotion/props.js';

const BROWSER = process.env.REMOTION_BROWSER_EXECUTABLE ?? '/usr/bin/chromium';
const appRoot = findAppRoot();
const work = mkdtempSync(join(tmpdir(), 'reelforge-remotion-bench-'));
const cacheDir = join(work, 'cache');
const concurrency = defaultConcurrency(availableParallelism());
const jobsAtOnce = defaultProviderSettings('remotion').maxConcurrent;

const script = {
  kind: 'text' as const,
  name: 'bench.json',
  content: JSON.stringify({
    channel: 'water',
    topic: 'Calm in five steps',
    hook: 'Your feelings are waves, and waves always pass.',
    main_points: [
      'Notice where the feeling sits in your body.',
      'Breathe into it slowly, four counts in and six out.',
      'Name it kindly, as you would for a friend.',
    ],
    call_to_action: 'Follow for a calmer week.',
  }),
};
const size = frameSizeFor('standard', '9:16');
/** Encoder settings of the preset the provider renders with, so the CLI run cannot drift from it. */
const preset = QUALITY_PRESETS.standard;
/** Seconds per scene; 6 gives the 30 s benchmark, less a quick check of the script itself. */
const sceneSeconds = Number(process.env.BENCH_SCENE_SECONDS ?? 6);

/** Resident memory of a process and all its descendants, from /proc, in MiB. */
function treeRssMib(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Gone while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

/** Runs `task` while sampling the memory of `root`'s process tree; returns seconds and peak MiB. */
async function measure(
  root: () => number | undefined,
  task: () => Promise<void>,
): Promise<{ seconds: number; peakMib: number }> {
  let peak = 0;
  const timer = setInterval(() => {
    const pid = root();
    if (pid !== undefined) peak = Math.max(peak, treeRssMib(pid));
  }, 200);
  const started = performance.now();
  try {
    await task();
  } finally {
    clearInterval(timer);
  }
  return { seconds: (performance.now() - started) / 1000, peakMib: peak };
}

/**
 * The app's service on a scratch data folder. Its config pins the bundle built at the start (so
 * both sides render the same one even if the sources change meanwhile) and makes every scene of
 * the water channel six seconds long: five scenes, 30 s, 900 frames. Queue limits are the defaults.
 */
function startService(serveUrl: string) {
  const dataDir = join(work, 'data');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(
    join(dataDir, 'config.json'),
    JSON.stringify({
      global: { output_dir: join(work, 'provider') },
      providers: { remotion: { binary_path: BROWSER, bundle_dir: serveUrl, concurrency } },
      channels: { water: { rules: { min_scene_seconds: sceneSeconds, max_scene_seconds: sceneSeconds } } },
    }),
  );
  return createVideoGenerationService({ dataDir, env: { PATH: process.env['PATH'] ?? '' } });
}

function expectCompleted(job: VideoJob): VideoJob {
  if (job.status !== 'completed') throw new Error(`job ${job.id} ${job.status}: ${job.error?.message ?? ''}`);
  return job;
}

let cliPid: number | undefined;
/**
 * The same render through Remotion's CLI: same bundle, composition, props and encoder settings.
 * It runs in the scratch folder, where it writes the poster the composition emits (out/<id>/).
 */
function cliRender(serveUrl: string, propsFile: string, output: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      [
        '--prefix',
        appRoot,
        '--no-install',
        'remotion',
        'render',
        serveUrl,
        compositionIdFor('9:16'),
        output,
        `--props=${propsFile}`,
        `--browser-executable=${BROWSER}`,
        '--chrome-mode=chrome-for-testing',
        '--codec=h264',
        `--crf=${preset.crf}`,
        `--x264-preset=${preset.encoderPreset}`,
        '--pixel-format=yuv420p',
        '--color-space=bt709',
        `--audio-bitrate=${preset.audioBitrateKbps}k`,
        '--enforce-audio-track',
        `--concurrency=${concurrency}`,
        '--log=error',
      ],
      { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    cliPid = child.pid;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      cliPid = undefined;
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `remotion render exited with ${code}: ${stderr.trim().split('\n').slice(-5).join(' | ')}`,
          ),
        );
    });
  });
}

const fmt = (r: { seconds: number; peakMib: number }, n: number): string =>
  `${r.seconds.toFixed(1).padStart(6)} s  ${(n / r.seconds).toFixed(1).padStart(5)} frames/s  peak ${r.peakMib.toFixed(0).padStart(5)} MiB`;

let service: ReturnType<typeof startService> | undefined;
try {
  let located: Awaited<ReturnType<typeof locateBundle>> | undefined;
  const bundling = await measure(
    () => process.pid,
    async () => {
      located = await locateBundle({ appRoot, cacheDir });
    },
  );
  const { serveUrl, origin } = located!;
  service = startService(serveUrl);
  const app = service;
  const render = async () => expectCompleted(await app.generateVideo(script, { provider: 'remotion' }));

  let firstJob: VideoJob | undefined;
  const single = await measure(
    () => process.pid,
    async () => {
      firstJob = await render();
    },
  );
  const timeline = firstJob!.timeline;
  const frames = Math.round(timeline.durationSeconds * timeline.fps);
  console.log(
    `Remotion bench: ${frames} frames ${size.width}×${size.height} @ ${timeline.fps} fps, ${timeline.scenes.length} scenes, concurrency ${concurrency}, ${jobsAtOnce} jobs at once, ${availableParallelism()} cores`,
  );
  console.log(
    origin === 'prebuilt'
      ? `bundle: out/remotion-bundle from "npm run build" matches the sources, nothing to build`
      : `bundle (cold, rspack)            ${bundling.seconds.toFixed(1)} s`,
  );
  const propsFile = join(work, 'props.json');
  writeFileSync(propsFile, JSON.stringify(timelineToCompositionProps(timeline, size)));

  const cliSingle = await measure(
    () => cliPid,
    () => cliRender(serveUrl, propsFile, join(work, 'cli-single.mp4')),
  );
  console.log(`(a) app queue, one render         ${fmt(single, frames)}`);
  console.log(`(b) remotion CLI, one render      ${fmt(cliSingle, frames)}`);
  console.log(`    provider / CLI wall time      ${(single.seconds / cliSingle.seconds).toFixed(2)}×`);

  const queued = await measure(
    () => process.pid,
    async () => {
      await Promise.all([render(), render(), render()]);
    },
  );
  const cliQueued = await measure(
    () => cliPid,
    async () => {
      for (const name of ['c1', 'c2', 'c3']) await cliRender(serveUrl, propsFile, join(work, `${name}.mp4`));
    },
  );
  console.log(`three jobs queued in the app      ${fmt(queued, 3 * frames)}`);
  console.log(`three remotion CLI runs           ${fmt(cliQueued, 3 * frames)}`);
  console.log(`    app / CLI wall time           ${(queued.seconds / cliQueued.seconds).toFixed(2)}×`);
  console.log('(peak memory: this process and its children for the app; the CLI process tree for the CLI)');
} finally {
  await service?.close();
  rmSync(work, { recursive: true, force: true });
}
