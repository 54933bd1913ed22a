// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chunkUploads, MAX_SCRIPT_BYTES, readDroppedFiles } from './read-dropped-files.js';

/** Minimal File System entries, as Chromium hands them out for a dropped folder. */
function fileEntry(path: string, content: string): FileSystemFileEntry {
  const name = path.split('/').pop()!;
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath: `/${path}`,
    file: (ok: (f: File) => void) => ok(new File([content], name)),
  } as unknown as FileSystemFileEntry;
}

function dirEntry(path: string, children: FileSystemEntry[]): FileSystemDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    name: path.split('/').pop()!,
    fullPath: `/${path}`,
    createReader: () => {
      // Two batches then an empty one, like Chromium's 100-entry pages.
      const batches = [children.slice(0, 1), children.slice(1), []];
      return { readEntries: (ok: (entries: FileSystemEntry[]) => void) => ok(batches.shift() ?? []) };
    },
  } as unknown as FileSystemDirectoryEntry;
}

const item = (entry: FileSystemEntry) => ({
  kind: 'file',
  getAsFile: () => null,
  webkitGetAsEntry: () => entry,
});

describe('readDroppedFiles', () => {
  it('walks dropped folders, keeping only script files, named by their path in the drop', async () => {
    const folder = dirEntry('scripts', [
      fileEntry('scripts/a.json', '{"a":1}'),
      fileEntry('scripts/cover.png', 'binary'),
      dirEntry('scripts/more', [
        fileEntry('scripts/more/b.md', '# B'),
        fileEntry('scripts/more/.hidden.md', 'x'),
      ]),
    ]);
    const result = await readDroppedFiles({
      items: [item(folder), item(fileEntry('loose.txt', 'hook'))] as never,
    });
    expect(result.uploads).toEqual([
      { name: 'scripts/a.json', content: '{"a":1}' },
      { name: 'scripts/more/b.md', content: '# B' },
      { name: 'loose.txt', content: 'hook' },
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('uses the file list when there are no items and refuses files over the size limit', async () => {
    const big = new File(['x'.repeat(MAX_SCRIPT_BYTES + 1)], 'huge.json');
    const result = await readDroppedFiles({ files: [new File(['ok'], 'small.txt'), big] });
    expect(result.uploads).toEqual([{ name: 'small.txt', content: 'ok' }]);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]!.reason).toMatch(/^huge\.json: .* over the 1 MB script limit$/);
  });
});

describe('chunkUploads', () => {
  it('splits by file count and by size', () => {
    const uploads = Array.from({ length: 5 }, (_, i) => ({ name: `${i}.txt`, content: 'x'.repeat(10) }));
    expect(chunkUploads(uploads, 2).map((c) => c.length)).toEqual([2, 2, 1]);
    expect(chunkUploads(uploads, 500, 25).map((c) => c.length)).toEqual([2, 2, 1]);
    expect(chunkUploads([])).toEqual([]);
  });
});
