// Issue 12, item 7: file names are data, not message structure. A name with a newline cannot
// forge a second `error:` line, and a name that is not valid UTF-8 is read, not "file not found".
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../support/run-cli.js';
import { makeTempDir } from '../support/temp-dir.js';

const GOOD_SCRIPT = JSON.stringify({
  channel: 'air',
  topic: 'T',
  hook: 'Breathe in.',
  main_points: ['One calm point.'],
  call_to_action: 'Follow.',
});

let temp: ReturnType<typeof makeTempDir>;
let env: Record<string, string>;
let scripts: string;

beforeEach(() => {
  temp = makeTempDir();
  env = { REELFORGE_DATA_DIR: join(temp.path, 'data'), VIDEO_STORAGE_PATH: join(temp.path, 'videos') };
  mkdirSync(env['REELFORGE_DATA_DIR']!);
  writeFileSync(
    join(env['REELFORGE_DATA_DIR']!, 'config.json'),
    JSON.stringify({ providers: { mock: { simulated_seconds: 0.05 } } }),
  );
  scripts = join(temp.path, 'scripts');
  mkdirSync(scripts);
});
afterEach(() => temp.cleanup());

/** "bad-<0xff><0xfe>.json": a name that is not UTF-8, written through a Buffer path. */
function writeNonUtf8Script(content: string): void {
  const name = Buffer.concat([Buffer.from('bad-'), Buffer.from([0xff, 0xfe]), Buffer.from('.json')]);
  writeFileSync(Buffer.concat([Buffer.from(`${scripts}/`), name]), content);
}

describe('reelforge render: file names in messages', () => {
  it('escapes a newline in a file name: one rejected script, one error line', async () => {
    writeFileSync(join(scripts, 'two\nerror: forged.json'), '{}');
    writeFileSync(join(scripts, 'tab\tand\u202eevil.json'), '{}');
    const run = await runCli(['render', scripts, '--provider', 'mock'], env);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    const errors = lines.filter((line) => line.startsWith('error: '));
    expect(errors).toHaveLength(2);
    expect(lines.some((line) => line.startsWith('error: forged'))).toBe(false);
    expect(errors[0]).toContain('tab\\tand\\u202eevil.json');
    expect(errors[1]).toContain('two\\nerror: forged.json: ');
  });

  it('reads a script whose name is not valid UTF-8 from a folder, naming it with U+FFFD', async () => {
    writeNonUtf8Script(GOOD_SCRIPT);
    const run = await runCli(['render', scripts, '--provider', 'mock', '--json'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [job] = jsonLines(run.stdout);
    expect(job).toMatchObject({ status: 'completed', providerId: 'mock' });
    expect(String(job!['script'])).toContain('bad-\ufffd\ufffd.json');
  });

  it('reports the real problem of a script with such a name, not "file not found"', async () => {
    writeNonUtf8Script('{"channel": "air"');
    const run = await runCli(['render', scripts, '--provider', 'mock'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: .*bad-\ufffd\ufffd\.json:line 1: \(syntax\): not valid JSON/);
    expect(run.stderr).not.toContain('not found');
  });

  it('says the name is not valid UTF-8 when it arrives already decoded (an argument)', async () => {
    writeNonUtf8Script(GOOD_SCRIPT);
    // What a shell hands over for that name once decoded: U+FFFD for each bad byte.
    const run = await runCli(['render', join(scripts, 'bad-\ufffd\ufffd.json'), '--provider', 'mock'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not valid UTF-8');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
