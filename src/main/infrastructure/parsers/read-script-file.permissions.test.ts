import type * as FsPromises from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { readScriptFile } from './read-script-file.js';
import { expectIssuesAsync } from './test-support/expect-issues.js';

// Tests often run as root, where chmod 000 does not stop a read; simulate the OS refusing instead.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    stat: vi.fn(async (file: string) => {
      const code = file.endsWith('denied.txt') ? 'EACCES' : file.endsWith('odd.txt') ? 'EIO' : undefined;
      if (code) throw Object.assign(new Error(`${code}: refused`), { code });
      return actual.stat(file);
    }),
  };
});

describe('readScriptFile, when the OS refuses', () => {
  it('reports permission problems and other I/O errors by their cause', async () => {
    expect(await expectIssuesAsync(() => readScriptFile('/scripts/denied.txt'))).toEqual([
      { file: '/scripts/denied.txt', field: '(file)', message: 'permission denied: the file cannot be read' },
    ]);
    expect((await expectIssuesAsync(() => readScriptFile('odd.txt')))[0]?.message).toBe(
      'cannot be read (EIO)',
    );
  });
});
