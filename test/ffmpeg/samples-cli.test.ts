import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probe } from '../support/media-tools.js';
import { jsonLines, REPO_ROOT, runCli } from '../support/run-cli.js';
import { useCliDataDir } from '../support/cli-data-dir.js';
import { scenesConfig } from '../support/short-scenes.js';

const samplesDir = join(REPO_ROOT, 'resources/samples');

describe('reelforge render with no flags (FFmpeg, the default provider)', () => {
  const data = useCliDataDir();

  it('renders every sample, in every script format, to a verified 1080×1920 MP4 with a poster', async () => {
    // Scenes of 0.8 s (transitions of 0.4 s at most): every sample and format still goes through
    // the whole default render at 1080×1920, in a sixth of the frames (no frame is looked at
    // here; their full lengths are what `npm run bench` times).
    writeFileSync(join(data.path, 'config.json'), JSON.stringify(scenesConfig(0.8, 0.8)));
    const files = readdirSync(samplesDir).map((f) => join(samplesDir, f));
    expect(new Set(files.map((f) => f.split('.').pop()))).toEqual(new Set(['json', 'txt', 'md']));
    const run = await runCli(['render', ...files, '--json'], data.env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const jobs = jsonLines(run.stdout);
    expect(jobs).toHaveLength(files.length);
    for (const job of jobs) {
      expect(job).toMatchObject({ status: 'completed', providerId: 'ffmpeg' });
      const info = probe(String(job['outputPath']));
      const video = info.streams.find((s) => s.codec_type === 'video')!;
      const audio = info.streams.find((s) => s.codec_type === 'audio')!;
      expect(video).toMatchObject({
        codec_name: 'h264',
        width: 1080,
        height: 1920,
        pix_fmt: 'yuv420p',
        r_frame_rate: '30/1',
      });
      expect(audio).toMatchObject({ codec_name: 'aac' });
      const status = jsonLines((await runCli(['status', String(job['id']), '--json'], data.env)).stdout)[0]!;
      expect(Math.abs(info.durationSeconds - Number(status['durationSeconds']))).toBeLessThanOrEqual(0.1);
      expect(String(job['thumbnailPath'])).toMatch(/\.jpg$/);
    }
  }, 300_000);

  it('fails the job with the reason when ffmpeg cannot be found, and says so in providers', async () => {
    writeFileSync(
      join(data.path, 'config.json'),
      JSON.stringify({ providers: { ffmpeg: { binary_path: join(data.path, 'no-such-ffmpeg') } } }),
    );
    const run = await runCli(['render', join(samplesDir, readdirSync(samplesDir)[0]!), '--json'], data.env);
    expect(run.code).toBe(1);
    const [job] = jsonLines(run.stdout);
    expect(job).toMatchObject({ status: 'failed' });
    expect(String(job!['error'])).toMatch(/ffmpeg not found/);
    const providers = jsonLines((await runCli(['providers', '--json'], data.env)).stdout);
    expect(providers.find((p) => p['id'] === 'ffmpeg')).toMatchObject({
      isAvailable: false,
      reason: expect.stringMatching(/ffmpeg not found: install it or set FFMPEG_PATH/),
    });
  });
});
