import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FFPROBE } from '../support/media-tools.js';
import { jsonLines, runCli } from '../support/run-cli.js';
import { makeTempDir } from '../support/temp-dir.js';

const SCRIPT = {
  channel: 'fire',
  topic: 'Start now',
  hook: 'Stop waiting for the right mood.',
  main_points: ['Pick one small task.', 'Set a timer for five minutes.'],
  call_to_action: 'Follow for a push every day.',
  variants: [
    { name: 'control' },
    { name: 'question-hook', hook: 'Still waiting to feel ready?' },
    {
      name: 'number-hook',
      hook: '5 minutes beats 0 minutes.',
      main_points: [null, 'Two minutes, then stop.'],
    },
  ],
};

function commentTag(file: string): string {
  return execFileSync(
    FFPROBE,
    ['-v', 'error', '-show_entries', 'format_tags=comment', '-of', 'default=nw=1:nk=1', file],
    { encoding: 'utf8' },
  ).trim();
}

describe('reelforge render on a script with A/B variants (FFmpeg, draft)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let env: Record<string, string>;
  let scriptPath: string;
  beforeAll(() => {
    temp = makeTempDir();
    env = { REELFORGE_DATA_DIR: temp.path, VIDEO_STORAGE_PATH: join(temp.path, 'videos') };
    scriptPath = join(temp.path, 'start-now.json');
    writeFileSync(scriptPath, JSON.stringify(SCRIPT));
  });
  afterAll(() => temp.cleanup());

  it('renders one MP4 per variant in one call, named and tagged with job, variant and group', async () => {
    const run = await runCli(
      ['render', scriptPath, '--provider', 'ffmpeg', '--quality', 'draft', '--json'],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const jobs = jsonLines(run.stdout);
    expect(jobs.map((j) => j['variant'])).toEqual(['control', 'question-hook', 'number-hook']);
    const groups = new Set(jobs.map((j) => j['group']));
    expect(groups.size).toBe(1);
    const group = String(jobs[0]!['group']);
    expect(group).toMatch(/^[0-9a-f-]{36}$/);
    for (const job of jobs) {
      expect(job).toMatchObject({ status: 'completed', providerId: 'ffmpeg' });
      const output = String(job['outputPath']);
      expect(basename(output)).toBe(
        `start-now-${String(job['variant'])}-${String(job['id']).slice(0, 8)}.mp4`,
      );
      expect(commentTag(output)).toBe(
        `reelforge job=${String(job['id'])} variant=${String(job['variant'])} group=${group}`,
      );
    }
    // The history keeps variant and group, and each job rendered its own text.
    const status = jsonLines((await runCli(['status', String(jobs[2]!['id']), '--json'], env)).stdout)[0]!;
    expect(status).toMatchObject({ variant: 'number-hook', group });
  }, 300_000);

  it('--variant renders only the one named, in a group of its own', async () => {
    const run = await runCli(
      ['render', scriptPath, '--provider', 'mock', '--variant', 'Question-Hook', '--json'],
      env,
    );
    expect(run.code).toBe(0);
    const jobs = jsonLines(run.stdout);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: 'completed', variant: 'question-hook' });
  }, 120_000);

  it('an unknown --variant is an error naming the script and the variants it has; nothing is queued', async () => {
    const run = await runCli(
      ['render', scriptPath, '--provider', 'mock', '--variant', 'nope', '--json'],
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      '--variant "nope": no such variant (the script has: control, question-hook, number-hook)',
    );
    expect(run.stderr).toContain(scriptPath);
  }, 120_000);

  it('checks every variant against the channel, naming the variant field', async () => {
    const long = { ...SCRIPT, variants: [{ name: 'a' }, { name: 'long', hook: 'word '.repeat(80) }] };
    const file = join(temp.path, 'long.json');
    writeFileSync(file, JSON.stringify(long));
    const run = await runCli(['render', file, '--provider', 'mock', '--json'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/long\.json: variants\[2\]\.hook: /);
  }, 120_000);
});
