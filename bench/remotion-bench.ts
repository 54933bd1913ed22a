/**
 * Remotion renderer benchmark: `npx tsx bench/remotion-bench.ts`
 *
 * A 30 s, five-scene, 1080×1920 video rendered (a) by RemotionVideoProvider and (b) by
 * `npx remotion render` on the same bundle, composition and props; then three queued provider
 * renders (one bundle, one browser) against three CLI runs (each starts its own browser and
 * server). Prints wall time, frames per second and the peak memory of each process tree.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTimeline } from '../src/main/domain/timeline/build-timeline.js';
import type { VideoGenerationRequest } from '../src/main/domain/request.js';
import { frameSizeFor } from '../src/main/domain/video-quality.js';
import { BUILTIN_CHANNELS } from '../src/main/infrastructure/channels/builtin-channels.js';
import { findAppRoot, locateBundle } from '../src/main/infrastructure/providers/remotion/bundle-locator.js';
import { RemotionVideoProvider } from '../src/main/infrastructure/providers/remotion/remotion-video-provider.js';
import { defaultConcurrency } from '../src/main/infrastructure/providers/remotion/render-settings.js';
import { compositionIdFor, timelineToCompositionProps } from '../src/remotion/props.js';

const BROWSER = process.env.REMOTION_BROWSER_EXECUTABLE ?? '/usr/bin/chromium';
const appRoot = findAppRoot();
const work = mkdtempSync(join(tmpdir(), 'reelforge-remotion-bench-'));
const cacheDir = join(work, 'cache');
const concurrency = defaultConcurrency(availableParallelism());

const channel = BUILTIN_CHANNELS.water;
const script = {
  channel: channel.id,
  topic: 'Calm in five steps',
  hook: 'Your feelings are waves, and waves always pass.',
  mainPoints: [
    'Notice where the feeling sits in your body.',
    'Breathe into it slowly, four counts in and six out.',
    'Name it kindly, as you would for a friend.',
  ],
  callToAction: 'Follow for a calmer week.',
  source: { format: 'json' as const, name: 'bench.json' },
};
// Five scenes of exactly six seconds: 30 s, 900 frames.
const timeline = buildTimeline(script, channel, { minSceneSecondsOverride: 6, maxSceneSecondsOverride: 6 });
const size = frameSizeFor('standard', '9:16');
const frames = Math.round(timeline.durationSeconds * timeline.fps);

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

// Both sides render the bundle built at the start, even if the sources change meanwhile.
let pinnedBundle: string | undefined;
const provider = new RemotionVideoProvider({
  settings: () => ({
    enabled: true,
    maxConcurrent: 1,
    timeoutSeconds: 3600,
    binaryPath: BROWSER,
    options: { concurrency, ...(pinnedBundle !== undefined ? { bundle_dir: pinnedBundle } : {}) },
  }),
  cacheDir,
  appRoot,
});

function request(name: string): VideoGenerationRequest {
  return {
    jobId: name,
    script,
    timeline,
    quality: 'standard',
    aspectRatio: '9:16',
    outputDir: join(work, 'provider'),
    outputBaseName: name,
    requiredCapabilities: [],
  };
}

async function providerRender(name: string): Promise<void> {
  await provider.generate(request(name), {
    signal: new AbortController().signal,
    onProgress: () => undefined,
  });
}

let cliPid: number | undefined;
/** The same render through Remotion's CLI: same bundle, composition, props and encoder settings. */
function cliRender(serveUrl: string, propsFile: string, output: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      [
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
        '--crf=23',
        '--x264-preset=veryfast',
        '--pixel-format=yuv420p',
        '--color-space=bt709',
        '--audio-bitrate=128k',
        '--enforce-audio-track',
        `--concurrency=${concurrency}`,
        '--log=error',
      ],
      { cwd: appRoot, stdio: ['ignore', 'ignore', 'pipe'] },
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

try {
  console.log(
    `Remotion bench: ${frames} frames ${size.width}×${size.height} @ ${timeline.fps} fps, ${timeline.scenes.length} scenes, concurrency ${concurrency}, ${availableParallelism()} cores`,
  );
  const bundling = await measure(
    () => process.pid,
    async () => {
      await locateBundle({ appRoot, cacheDir });
    },
  );
  const { serveUrl } = await locateBundle({ appRoot, cacheDir });
  pinnedBundle = serveUrl;
  console.log(`bundle (cold, rspack)            ${bundling.seconds.toFixed(1)} s`);
  const propsFile = join(work, 'props.json');
  writeFileSync(propsFile, JSON.stringify(timelineToCompositionProps(timeline, size)));

  const single = await measure(
    () => process.pid,
    () => providerRender('single'),
  );
  const cliSingle = await measure(
    () => cliPid,
    () => cliRender(serveUrl, propsFile, join(work, 'cli-single.mp4')),
  );
  console.log(`(a) provider, one render          ${fmt(single, frames)}`);
  console.log(`(b) remotion CLI, one render      ${fmt(cliSingle, frames)}`);
  console.log(`    CLI / provider wall time      ${(cliSingle.seconds / single.seconds).toFixed(2)}×`);

  const queued = await measure(
    () => process.pid,
    async () => {
      for (const name of ['q1', 'q2', 'q3']) await providerRender(name);
    },
  );
  const cliQueued = await measure(
    () => cliPid,
    async () => {
      for (const name of ['c1', 'c2', 'c3']) await cliRender(serveUrl, propsFile, join(work, `${name}.mp4`));
    },
  );
  console.log(`three queued provider renders     ${fmt(queued, 3 * frames)}`);
  console.log(`three remotion CLI runs           ${fmt(cliQueued, 3 * frames)}`);
  console.log(`    CLI / provider wall time      ${(cliQueued.seconds / queued.seconds).toFixed(2)}×`);
  console.log(
    '(peak memory: this process and its children for the provider; the CLI process tree for the CLI)',
  );
} finally {
  await provider.dispose();
  rmSync(work, { recursive: true, force: true });
}
