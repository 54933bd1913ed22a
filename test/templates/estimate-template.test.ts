import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { makeTempDir } from '../support/temp-dir.js';

// `render --estimate` checks the template a render would use, like `render` does.

let temp: ReturnType<typeof makeTempDir>;
let env: Record<string, string>;
let scriptPath: string;

beforeAll(() => {
  temp = makeTempDir();
  env = { REELFORGE_DATA_DIR: temp.path, VIDEO_STORAGE_PATH: join(temp.path, 'videos') };
  scriptPath = join(temp.path, 'tip.txt');
  writeFileSync(
    scriptPath,
    'Channel: air\nTopic: Focus\nHook: One thing at a time.\nMain points:\n- Close the tabs.\nCTA: Follow.\n',
  );
});
afterAll(() => temp.cleanup());

describe('render --estimate --template', () => {
  it('refuses an unknown --template, naming the option', async () => {
    const run = await runCli(['render', scriptPath, '--estimate', '--template', 'lava'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--template: unknown template "lava"');
    expect(run.stdout).toBe('');
  });

  it('quotes every provider with a known --template', async () => {
    const run = await runCli(['render', scriptPath, '--estimate', '--template', 'fire', '--json'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"providerId":"mock"');
  });

  it('refuses a text script whose "Template:" line names an unknown template, with its line', async () => {
    const path = join(temp.path, 'unknown.txt');
    writeFileSync(
      path,
      'Channel: air\nTopic: Focus\nTemplate: lava\nHook: One.\nMain points:\n- Two.\nCTA: Three.\n',
    );
    const run = await runCli(['render', path, '--estimate'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('unknown.txt:line 3: template: unknown template "lava"');
  });
});
