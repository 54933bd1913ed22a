import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SCRIPT_BYTES } from './script-content.js';
import { readScriptFile } from './read-script-file.js';
import { expectIssuesAsync } from './test-support/expect-issues.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'reelforge-read-script-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

describe('readScriptFile', () => {
  it('reads UTF-8, strips the BOM, normalises CRLF and names the file', async () => {
    const file = await write('a.txt', '\uFEFFHook: hé\r\nCTA: go\r\n');
    const input = await readScriptFile(file);
    expect(input).toEqual({ content: 'Hook: hé\nCTA: go\n', name: 'a.txt', path: file });
  });

  it('resolves a relative path to an absolute one', async () => {
    const file = await write('rel.txt', 'x');
    const relative = path.relative(process.cwd(), file);
    expect((await readScriptFile(relative)).path).toBe(file);
  });

  it('reports a missing file, a folder and a non-regular file', async () => {
    const missing = path.join(dir, 'nope.json');
    expect(await expectIssuesAsync(() => readScriptFile(missing))).toEqual([
      { file: missing, field: '(file)', message: 'file not found' },
    ]);
    const folder = path.join(dir, 'folder.md');
    await mkdir(folder);
    expect((await expectIssuesAsync(() => readScriptFile(folder)))[0]?.message).toContain('is a folder');
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect((await expectIssuesAsync(() => readScriptFile(fifo)))[0]?.message).toContain('not a regular file');
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    const file = await write('secret.txt', 'Hook: x');
    await chmod(file, 0o000);
    expect((await expectIssuesAsync(() => readScriptFile(file)))[0]?.message).toContain('permission denied');
  });

  it('rejects an oversized file from its size alone, without reading it', async () => {
    const file = path.join(dir, 'huge.json');
    await writeFile(file, '');
    await truncate(file, 4 * 1024 ** 3); // sparse 4 GiB: reading it would take seconds and memory
    const started = performance.now();
    const issues = await expectIssuesAsync(() => readScriptFile(file));
    expect(issues[0]).toMatchObject({
      field: '(file)',
      message: expect.stringContaining(`${MAX_SCRIPT_BYTES}-byte limit`),
    });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('honours a custom limit', async () => {
    const file = await write('small.txt', 'x'.repeat(11));
    expect((await expectIssuesAsync(() => readScriptFile(file, { maxBytes: 10 })))[0]?.message).toContain(
      '11 bytes',
    );
    expect((await readScriptFile(file, { maxBytes: 11 })).content).toHaveLength(11);
  });

  it('rejects binary content, invalid UTF-8 and UTF-16 with the line', async () => {
    const binary = await write('b.json', Uint8Array.from([0x7b, 0x0a, 0x0a, 0x00, 0x01]));
    expect((await expectIssuesAsync(() => readScriptFile(binary)))[0]).toMatchObject({
      file: binary,
      field: '(file)',
      line: 3,
      message: expect.stringContaining('binary'),
    });
    const latin1 = await write('l.txt', Buffer.from('Hook: ok\nCTA: caf\xe9', 'latin1'));
    expect((await expectIssuesAsync(() => readScriptFile(latin1)))[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining('not valid UTF-8'),
    });
    const utf16 = await write(
      'u.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hook', 'utf16le')]),
    );
    expect((await expectIssuesAsync(() => readScriptFile(utf16)))[0]?.message).toContain('UTF-16');
  });
});
