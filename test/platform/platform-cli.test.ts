import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../support/run-cli.js';
import { makeTempDir } from '../support/temp-dir.js';

// `render --platform`, the script's "platform" field and `global.default_platform`, through the
// real CLI with the mock provider (its manifest records the size rendered).

let temp: ReturnType<typeof makeTempDir>;
let env: Record<string, string>;

function writeConfig(extra: Record<string, unknown> = {}): void {
  writeFileSync(
    join(temp.path, 'config.json'),
    JSON.stringify({ providers: { mock: { simulated_seconds: 0.05 } }, ...extra }),
  );
}

beforeEach(() => {
  temp = makeTempDir();
  env = { REELFORGE_DATA_DIR: temp.path, VIDEO_STORAGE_PATH: join(temp.path, 'videos') };
  writeConfig();
});
afterEach(() => temp.cleanup());

function script(name: string, fields: Record<string, unknown> = {}): string {
  const path = join(temp.path, name);
  writeFileSync(
    path,
    JSON.stringify(
      {
        channel: 'air',
        topic: 'Platform test',
        hook: 'Your first ten minutes decide the next ten hours.',
        main_points: ['Leave your phone in another room.', 'Write down the one task that matters.'],
        call_to_action: 'Follow for a clearer morning.',
        ...fields,
      },
      null,
      2,
    ),
  );
  return path;
}

async function renderJob(args: string[]): Promise<Record<string, unknown>> {
  const run = await runCli(['render', ...args, '--provider', 'mock', '--json'], env);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const [job] = jsonLines(run.stdout);
  return job!;
}

function manifestOf(job: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(readFileSync(String(job['outputPath']), 'utf8')) as Record<string, unknown>;
}

describe('render --platform', () => {
  it("renders at the platform's 9:16 size and records the platform in the job", async () => {
    const job = await renderJob([script('plain.json'), '--platform', 'tiktok', '--aspect', '9:16']);
    expect(job).toMatchObject({ status: 'completed', platform: 'tiktok' });
    expect(manifestOf(job)).toMatchObject({ aspectRatio: '9:16', width: 1080, height: 1920 });
    const status = await runCli(['status', String(job['id'])], env);
    expect(status.stdout).toContain('platform tiktok');
  });

  it('takes the flag over the script, the script over the config default, the default over generic', async () => {
    writeConfig({ global: { default_platform: 'shorts', default_aspect_ratio: '16:9' } });
    const withField = script('reels.json', { platform: 'reels' });
    expect(await renderJob([withField, '--platform', 'tiktok'])).toMatchObject({ platform: 'tiktok' });
    expect(await renderJob([withField])).toMatchObject({ platform: 'reels' });
    const plain = script('plain.json');
    const fromConfig = await renderJob([plain]);
    // The config's 16:9 default gives way to the platform's 9:16.
    expect(fromConfig).toMatchObject({ platform: 'shorts' });
    expect(manifestOf(fromConfig)).toMatchObject({ aspectRatio: '9:16' });
    writeConfig();
    const generic = await renderJob([plain, '--aspect', '1:1']);
    expect(generic).toMatchObject({ platform: 'generic' });
    expect(manifestOf(generic)).toMatchObject({ aspectRatio: '1:1', width: 1080, height: 1080 });
  });

  it('refuses an unknown platform id, and an aspect ratio the platform does not show', async () => {
    const path = script('plain.json');
    const unknown = await runCli(['render', path, '--platform', 'vine', '--provider', 'mock'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--platform "vine": unknown platform (use tiktok, reels, shorts or generic)');
    const wide = await runCli(['render', path, '--platform', 'reels', '--aspect', '16:9'], env);
    expect(wide.code).toBe(1);
    expect(wide.stderr).toContain('--aspect "16:9": does not fit Instagram Reels');
    expect((await runCli(['history', '--json'], env)).stdout).toBe('');
  });

  it('names the file, field and line of a bad platform field', async () => {
    const path = script('bad.json', { platform: 'myspace' });
    const run = await runCli(['render', path, '--provider', 'mock'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'bad.json:line 10: platform: unknown platform "myspace"; use tiktok, reels, shorts or generic',
    );
  });

  it('refuses a script too long for the platform before rendering, naming the file, length and limit', async () => {
    // A channel that allows long videos, so only the platform's limit is in the way.
    writeConfig({
      channels: {
        air: {
          rules: { max_total_seconds: 900, max_scene_seconds: 120, max_point_chars: 2000 },
        },
      },
    });
    const longPoint = 'Slow down and notice every breath you take today. '.repeat(12).trim();
    const path = script('long.json', { main_points: Array(5).fill(longPoint) });
    const refused = await runCli(['render', path, '--platform', 'shorts', '--provider', 'mock'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^error: \S*\/long\.json: length: the video is \d+\.\d s long; YouTube Shorts takes at most 180 s \(3 min\): shorten the script or choose another platform\n$/,
    );
    expect((await runCli(['history', '--json'], env)).stdout).toBe('');
    // TikTok takes up to 10 minutes: the same script is fine there.
    const estimate = await runCli(['render', path, '--platform', 'tiktok', '--estimate'], env);
    expect(estimate.stderr).toBe('');
    expect(estimate.code).toBe(0);
  });
});
