import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_FFMPEG, makeLavfiAudio, measureLoudness } from '../support/media-tools.js';
import { jsonLines, runCli } from '../support/run-cli.js';
import { makeTempDir } from '../support/temp-dir.js';

// A narrated Remotion render for a platform, with quiet music under the voice, comes out at the
// preset's −14 LUFS (± 1 LU) with true peaks at or below −1 dBTP, measured by ffmpeg's EBU R128
// meter on the finished MP4 — the target the FFmpeg renderer meets (test/platform).

const HAS_ESPEAK = existsSync('/usr/bin/espeak-ng');
const HAS_CHROMIUM = existsSync('/usr/bin/chromium');

describe.skipIf(!HAS_FFMPEG || !HAS_ESPEAK || !HAS_CHROMIUM)('Remotion narrated render loudness', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeAll(() => {
    temp = makeTempDir();
    // Quiet "music", well below −14 LUFS.
    makeLavfiAudio(
      join(temp.path, 'music.wav'),
      "aevalsrc='0.03*sin(2*PI*220*t)*(0.6+0.4*sin(2*PI*0.5*t))+0.02*sin(2*PI*330*t)':s=44100:d=12",
      ['-ac', '2'],
    );
  });
  afterAll(() => temp?.cleanup());

  it('meets the platform loudness: −14 ± 1 LUFS, true peak ≤ −1 dBTP', async () => {
    const script = join(temp.path, 'loud.json');
    writeFileSync(
      script,
      JSON.stringify({
        channel: 'water',
        topic: 'Loudness check',
        hook: 'Breathe in slowly.',
        main_points: ['Hold it gently.'],
        call_to_action: 'Follow for calm.',
        music: 'music.wav',
      }),
    );
    const env = { REELFORGE_DATA_DIR: temp.path, VIDEO_STORAGE_PATH: join(temp.path, 'videos') };
    const run = await runCli(
      [
        'render',
        script,
        ...['--platform', 'tiktok', '--quality', 'draft', '--provider', 'remotion'],
        ...['--voice', 'espeak-ng', '--json'],
      ],
      env,
    );
    // Nothing on stderr (the bundle page asks for no favicon: remotion-bundle.ts).
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    const job = jsonLines(run.stdout)[0]!;
    expect(job).toMatchObject({ status: 'completed', providerId: 'remotion' });
    const loudness = measureLoudness(String(job['outputPath']));
    expect(Math.abs(loudness.integratedLufs - -14), JSON.stringify(loudness)).toBeLessThanOrEqual(1);
    expect(loudness.truePeakDbtp).toBeLessThanOrEqual(-1);
  }, 300_000);
});
