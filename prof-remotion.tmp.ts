import { RemotionVideoProvider } from './src/main/infrastructure/providers/remotion/index.js';
import { shortScript } from './test/remotion/fixtures.js';
import { buildTimeline } from './src/core/timeline/build-timeline.js';
import { BUILTIN_CHANNELS } from './src/core/channels/builtin-channels.js';
const settings = { enabled: true, maxConcurrent: 1, timeoutSeconds: 300, binaryPath: '/usr/bin/chromium', options: {} };
const provider = new RemotionVideoProvider({ settings: () => settings, cacheDir: '/tmp/rt/rcache' });
const script = shortScript('air', 1);
const timeline = buildTimeline(script, BUILTIN_CHANNELS.air, {});
console.log('frames', Math.round(timeline.durationSeconds * 30));
for (let run = 0; run < 2; run++) {
  const t0 = performance.now();
  let last = '';
  await provider.generate({ jobId: 'p' + run, script, timeline, quality: 'draft', aspectRatio: '9:16', outputDir: '/tmp/rt/pout', outputBaseName: 'p' + run, requiredCapabilities: [] } as never, {
    signal: new AbortController().signal,
    onProgress: ({ stage }) => {
      const k = stage.replace(/\d+\/\d+/, 'N');
      if (k !== last || /frames (1|50|100|150|200)\//.test(stage)) console.log(((performance.now() - t0) / 1000).toFixed(2), stage);
      last = k;
    },
  });
  console.log(((performance.now() - t0) / 1000).toFixed(2), 'end');
}
await provider.dispose();
