import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonLines, REPO_ROOT, runCli, startCli } from '../support/run-cli.js';
import { makeTempDir } from '../support/temp-dir.js';

let temp: ReturnType<typeof makeTempDir>;
let env: Record<string, string>;

beforeEach(() => {
  temp = makeTempDir();
  env = { REELFORGE_DATA_DIR: temp.path, VIDEO_STORAGE_PATH: join(temp.path, 'videos') };
  writeFileSync(
    join(temp.path, 'config.json'),
    JSON.stringify({ providers: { mock: { simulated_seconds: 0.05 } } }),
  );
});
afterEach(() => temp.cleanup());

const samplesDir = join(REPO_ROOT, 'resources/samples');
const samples = () => readdirSync(samplesDir).map((f) => join(samplesDir, f));

describe('reelforge CLI', () => {
  it('renders every sample with the mock provider and lists them in history after a restart', async () => {
    const files = samples();
    const render = await runCli(['render', ...files, '--provider', 'mock', '--json'], env);
    expect(render.stderr).toBe('');
    expect(render.code).toBe(0);
    const jobs = jsonLines(render.stdout);
    expect(jobs).toHaveLength(files.length);
    for (const job of jobs) {
      expect(job).toMatchObject({ status: 'completed', providerId: 'mock', error: null });
      expect(String(job['outputPath'])).toContain(join(temp.path, 'videos'));
      expect(job['durationSeconds']).toBeGreaterThan(0);
    }
    const history = await runCli(['history', '--json'], env);
    expect(history.code).toBe(0);
    expect(
      jsonLines(history.stdout)
        .map((j) => j['id'])
        .sort(),
    ).toEqual(jobs.map((j) => j['id']).sort());
  });

  it('reports each malformed script in one line naming file and field, and still renders the good one', async () => {
    const bad = {
      'empty.json': '',
      'truncated.json': '{"channel": "air", "topic": "x", "hook": ',
      'garbage.txt': Buffer.from([0, 159, 146, 150, 0, 255, 1, 2]),
      'deep.json': '['.repeat(100_000) + ']'.repeat(100_000),
      'huge.txt': 'Hook: ' + 'a'.repeat(5 * 1024 * 1024),
      'unknown-channel.json': JSON.stringify({
        channel: 'plasma',
        topic: 't',
        hook: 'h',
        main_points: ['p'],
        call_to_action: 'c',
      }),
    };
    const paths = Object.entries(bad).map(([name, content]) => {
      const path = join(temp.path, name);
      writeFileSync(path, content);
      return path;
    });
    const good = join(samplesDir, readdirSync(samplesDir)[0]!);
    const run = await runCli(['render', ...paths, good, '--provider', 'mock', '--json'], env);
    expect(run.code).not.toBe(0);
    const errorLines = run.stderr.trim().split('\n');
    expect(errorLines).toHaveLength(paths.length);
    for (const [i, name] of Object.keys(bad).entries()) {
      expect(errorLines[i]).toMatch(/^error: /);
      expect(errorLines[i]).toContain(name);
      expect(errorLines[i]).not.toMatch(/\n\s+at /);
    }
    expect(errorLines[5]).toMatch(/channel/);
    expect(jsonLines(run.stdout)).toEqual([expect.objectContaining({ status: 'completed' })]);
  });

  it('leaves jobs interrupted, not running, after the CLI is killed with SIGKILL', async () => {
    writeFileSync(
      join(temp.path, 'config.json'),
      JSON.stringify({ providers: { mock: { simulated_seconds: 120 } } }),
    );
    const child = startCli(['render', samples()[0]!, samples()[1]!, '--provider', 'mock', '--json'], env);
    // Wait until a job is running, as another process sees it. In a fresh clone the first CLI
    // processes compile the sources through tsx with a cold cache, side by side with these polls
    // on two cores: 20 s was not always enough (a fresh-clone CI run timed out here).
    const deadline = Date.now() + 60_000;
    for (;;) {
      const history = await runCli(['history', '--json'], env);
      if (jsonLines(history.stdout).some((j) => j['status'] === 'running')) break;
      if (Date.now() > deadline) {
        child.kill('SIGKILL'); // not left rendering for minutes beside the tests that follow
        throw new Error(`no job started: ${history.stderr} ${history.stdout}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const restart = await runCli(['history', '--json'], env);
    const after = jsonLines(restart.stdout);
    expect(after.map((j) => j['status']).sort()).toEqual(['interrupted', 'queued']);
    const interrupted = after.find((j) => j['status'] === 'interrupted')!;
    expect(restart.stderr).toContain(`job ${String(interrupted['id']).slice(0, 8)}`);
    expect(restart.stderr).toMatch(/was interrupted when Reelforge stopped/);

    // Nothing is lost: the queued job resumes, the interrupted one can be retried.
    writeFileSync(
      join(temp.path, 'config.json'),
      JSON.stringify({ providers: { mock: { simulated_seconds: 0.05 } } }),
    );
    const resume = await runCli(['resume', '--json'], env);
    expect(resume.code).toBe(0);
    expect(jsonLines(resume.stdout)).toEqual([expect.objectContaining({ status: 'completed' })]);
    const retry = await runCli(['retry', String(interrupted['id']), '--json'], env);
    expect(retry.code).toBe(0);
    expect(jsonLines(retry.stdout)).toEqual([
      expect.objectContaining({ id: interrupted['id'], status: 'completed' }),
    ]);
  }, 120_000);

  it('estimates cost per provider without rendering anything', async () => {
    const run = await runCli(['render', samples()[0]!, '--estimate', '--json'], env);
    expect(run.code).toBe(0);
    const quotes = jsonLines(run.stdout);
    expect(quotes.map((q) => q['providerId'])).toEqual(expect.arrayContaining(['ffmpeg', 'mock']));
    expect(quotes.find((q) => q['providerId'] === 'ffmpeg')).toMatchObject({
      estimate: { amount: 0, unit: 'local' },
    });
    expect(jsonLines((await runCli(['history', '--json'], env)).stdout)).toEqual([]);
  });

  it('checks every provider with --check, naming a missing tool', async () => {
    writeFileSync(
      join(temp.path, 'config.json'),
      JSON.stringify({ providers: { ffmpeg: { binary_path: join(temp.path, 'missing-ffmpeg') } } }),
    );
    const run = await runCli(['providers', '--check', '--json'], env);
    expect(run.code).toBe(1);
    const checks = jsonLines(run.stdout);
    expect(checks.find((c) => c['id'] === 'mock')).toMatchObject({ ok: true });
    expect(checks.find((c) => c['id'] === 'ffmpeg')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/ffmpeg not found/),
    });
  });

  it('lists providers with availability', async () => {
    const run = await runCli(['providers', '--json'], env);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toContainEqual(expect.objectContaining({ id: 'mock', isAvailable: true }));
  });

  it('exits 2 with usage on an unknown command or flag', async () => {
    expect((await runCli(['explode'], env)).code).toBe(2);
    const run = await runCli(['render', '--fast'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--fast'/);
  });

  it('shows and cancels jobs by id prefix', async () => {
    const render = await runCli(['render', samples()[0]!, '--provider', 'mock', '--json'], env);
    const id = String(jsonLines(render.stdout)[0]!['id']);
    const status = await runCli(['status', id.slice(0, 8), '--json'], env);
    expect(jsonLines(status.stdout)[0]).toMatchObject({ id, status: 'completed' });
    const cancel = await runCli(['cancel', id], env);
    expect(cancel.code).toBe(1);
    expect(cancel.stderr).toMatch(/already ended \(completed\)/);
    const missing = await runCli(['status', 'nope'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no job with id nope/);
  });
});
