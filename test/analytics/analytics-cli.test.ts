import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../support/run-cli.js';
import { THREE_VARIANT_SCRIPT } from '../variants/three-variant-script.js';
import { useCliDataDir } from '../support/cli-data-dir.js';
import { makeTempDir } from '../support/temp-dir.js';

interface Rendered {
  readonly id: string;
  readonly file: string;
}

/** A sample export with `{variant.id}`, `{variant.prefix}` and `{variant.file}` filled in. */
function sample(name: string, videos: Record<string, Rendered>, dir: string): string {
  const text = readFileSync(join(import.meta.dirname, 'samples', name), 'utf8').replace(
    /\{([a-z-]+)\.(id|prefix|file)\}/g,
    (_, variant: string, kind: string) => {
      const video = videos[variant]!;
      return kind === 'id' ? video.id : kind === 'prefix' ? video.id.slice(0, 8) : video.file;
    },
  );
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('reelforge analytics import / report', () => {
  const data = useCliDataDir();
  let videos: Record<string, Rendered>;
  let group: string;

  beforeAll(async () => {
    const script = join(data.path, 'start-now.json');
    writeFileSync(script, JSON.stringify(THREE_VARIANT_SCRIPT));
    const run = await runCli(['render', script, '--provider', 'mock', '--json'], data.env);
    expect(run.code).toBe(0);
    const jobs = jsonLines(run.stdout);
    group = String(jobs[0]!['group']);
    videos = Object.fromEntries(
      jobs.map((job) => {
        const output = String(job['outputPath']);
        return [String(job['variant']), { id: String(job['id']), file: basename(output, extname(output)) }];
      }),
    );
  }, 120_000);

  const report = async (args: string[] = []) => {
    const run = await runCli(['analytics', 'report', '--json', ...args], data.env);
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as Record<string, unknown>[];
  };

  it('starts with every variant at zero views and no winner', async () => {
    const [only] = await report();
    expect(only).toMatchObject({ group, winner: null });
    expect(only!['summary']).toMatch(
      /^not enough data yet: no views imported for control, question-hook, number-hook/,
    );
  }, 60_000);

  it('imports a generic CSV matched by id, prefix and file name, reports the unmatched row, and names the winner', async () => {
    const file = sample('generic.csv', videos, data.path);
    const run = await runCli(['analytics', 'import', file], data.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('imported 3 rows');
    expect(run.stderr).toContain(
      'warning: line 5: no rendered video matches "someone-elses-video"; not imported',
    );
    const [result] = await report(['--group', group.slice(0, 8)]);
    expect(result!['variants']).toEqual([
      expect.objectContaining({
        variant: 'control',
        views: 2400,
        likes: 48,
        comments: 5,
        shares: 3,
        completionRate: 0.41,
      }),
      expect.objectContaining({
        variant: 'question-hook',
        views: 2500,
        likes: 150,
        averageViewDurationSeconds: 17.8,
      }),
      expect.objectContaining({ variant: 'number-hook', views: 2450, likes: 61 }),
    ]);
    expect(result).toMatchObject({ group, winner: 'question-hook', moreViewsNeeded: null });

    // The same file again replaces its rows: the numbers stay the same.
    const again = await runCli(['analytics', 'import', file, '--json'], data.env);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, replaced: 3 });
    expect((await report())[0]!['variants']).toEqual(result!['variants']);
  }, 60_000);

  it('imports the YouTube and TikTok samples on top, matched by title; each source adds its own rows', async () => {
    for (const [name, format] of [
      ['youtube.csv', 'youtube'],
      ['tiktok.csv', 'tiktok'],
    ] as const) {
      const file = sample(name, videos, data.path);
      const run = await runCli(['analytics', 'import', file, '--format', format, '--json'], data.env);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      const outcome = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(outcome).toMatchObject({ source: format, added: 3, replaced: 0, unmatched: [] });
      if (format === 'youtube') expect(outcome['summaryLines']).toEqual([2]);
    }
    const [result] = await report();
    const views = (result!['variants'] as { views: number }[]).map((v) => v.views);
    expect(views).toEqual([2400 + 1100 + 300, 2500 + 1110 + 310, 2450 + 1100 + 305]);
  }, 60_000);

  it('an indecisive group says "not enough data yet" with the views still needed', async () => {
    // A data folder of its own, so only these close numbers count.
    const dir = makeTempDir();
    try {
      const script = join(dir.path, 'start-now.json');
      writeFileSync(script, JSON.stringify(THREE_VARIANT_SCRIPT));
      const localEnv = { REELFORGE_DATA_DIR: dir.path, VIDEO_STORAGE_PATH: join(dir.path, 'videos') };
      const jobs = jsonLines(
        (await runCli(['render', script, '--provider', 'mock', '--json'], localEnv)).stdout,
      );
      const rows = jobs.map((job, i) => `${String(job['id'])},400,${20 + 2 * i},2026-12-09`).join('\n');
      const close = join(dir.path, 'close.csv');
      writeFileSync(close, `video,views,likes,date\n${rows}\n`);
      expect((await runCli(['analytics', 'import', close], localEnv)).code).toBe(0);
      const run = await runCli(['analytics', 'report'], localEnv);
      expect(run.stdout).toMatch(
        /not enough data yet: number-hook leads question-hook .* about \d+ more views/,
      );
      const [result] = JSON.parse(
        (await runCli(['analytics', 'report', '--json'], localEnv)).stdout,
      ) as Record<string, unknown>[];
      expect(result).toMatchObject({ winner: null, leader: 'number-hook' });
      expect(result!['moreViewsNeeded']).toBeGreaterThan(1000);
    } finally {
      dir.cleanup();
    }
  }, 120_000);

  it('refuses a broken CSV naming file, line and column, and stores nothing', async () => {
    const before = await report();
    const broken = join(data.path, 'broken.csv');
    writeFileSync(broken, `video,views\n${videos['control']!.id},12\n"unterminated,5\n`);
    const run = await runCli(['analytics', 'import', broken], data.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: broken.csv:line 3:column 1: a quoted field is never closed');
    const bad = join(data.path, 'bad-cell.csv');
    writeFileSync(bad, `video,views\n${videos['control']!.id},lots\n`);
    const cell = await runCli(['analytics', 'import', bad], data.env);
    expect(cell.stderr).toContain(
      'error: bad-cell.csv:line 2:column 2 (views): expected a whole number of 0 or more, got "lots"',
    );
    const format = await runCli(['analytics', 'import', bad, '--format', 'vimeo'], data.env);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown analytics format "vimeo" (use generic, youtube, tiktok)');
    expect(await report()).toEqual(before);
  }, 60_000);
});
