import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FFPROBE } from '../support/media-tools.js';
import { jsonLines, runCli } from '../support/run-cli.js';
import { THREE_VARIANT_SCRIPT } from './three-variant-script.js';
import { useCliDataDir } from '../support/cli-data-dir.js';

function commentTag(file: string): string {
  return execFileSync(
    FFPROBE,
    ['-v', 'error', '-show_entries', 'format_tags=comment', '-of', 'default=nw=1:nk=1', file],
    { encoding: 'utf8' },
  ).trim();
}

describe('reelforge render on a script with A/B variants (FFmpeg, draft)', () => {
  const data = useCliDataDir();
  let scriptPath: string;
  beforeAll(() => {
    scriptPath = join(data.path, 'start-now.json');
    writeFileSync(scriptPath, JSON.stringify(THREE_VARIANT_SCRIPT));
  });
  const renderMockVariant = (variant: string) =>
    runCli(['render', scriptPath, '--provider', 'mock', '--variant', variant, '--json'], data.env);

  it('renders one MP4 per variant in one call, named and tagged with job, variant and group', async () => {
    const run = await runCli(
      ['render', scriptPath, '--provider', 'ffmpeg', '--quality', 'draft', '--json'],
      data.env,
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
    const status = jsonLines(
      (await runCli(['status', String(jobs[2]!['id']), '--json'], data.env)).stdout,
    )[0]!;
    expect(status).toMatchObject({ variant: 'number-hook', group });
  }, 300_000);

  it('--variant renders only the one named, in a group of its own', async () => {
    const run = await renderMockVariant('Question-Hook');
    expect(run.code).toBe(0);
    const jobs = jsonLines(run.stdout);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: 'completed', variant: 'question-hook' });
  }, 120_000);

  it('an unknown --variant is an error naming the script and the variants it has; nothing is queued', async () => {
    const run = await renderMockVariant('nope');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      '--variant "nope": no such variant (the script has: control, question-hook, number-hook)',
    );
    expect(run.stderr).toContain(scriptPath);
  }, 120_000);

  it('checks every variant against the channel, naming the variant field', async () => {
    const long = {
      ...THREE_VARIANT_SCRIPT,
      variants: [{ name: 'a' }, { name: 'long', hook: 'word '.repeat(80) }],
    };
    const file = join(data.path, 'long.json');
    writeFileSync(file, JSON.stringify(long));
    const run = await runCli(['render', file, '--provider', 'mock', '--json'], data.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/long\.json:line 1: variants\[2\]\.hook: /);
  }, 120_000);
});
