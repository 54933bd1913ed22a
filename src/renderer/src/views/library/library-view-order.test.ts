import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '#core/library.js';
import { arrangeLibrary, LIBRARY_SORTS } from './library-view-order.js';

const entry = (id: string, status: 'valid' | 'invalid', extra: Partial<LibraryEntry> = {}): LibraryEntry => ({
  id,
  name: `${id}.json`,
  status,
  issues: [],
  addedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

const LIBRARY = [
  entry('b-bad', 'invalid', { channel: 'fire', addedAt: '2026-01-03T00:00:00.000Z' }),
  entry('a-good', 'valid', { channel: 'air', topic: 'Zen', addedAt: '2026-01-01T00:00:00.000Z' }),
  entry('c-bad', 'invalid', { channel: 'air', addedAt: '2026-01-02T00:00:00.000Z' }),
  entry('d-good', 'valid', { channel: 'water', topic: 'calm', addedAt: '2026-01-04T00:00:00.000Z' }),
];
const ids = (entries: readonly LibraryEntry[]) => entries.map((e) => e.id);

describe('arrangeLibrary', () => {
  it('filters all, valid or with problems', () => {
    expect(ids(arrangeLibrary(LIBRARY, 'valid', 'valid-first'))).toEqual(['a-good', 'd-good']);
    expect(ids(arrangeLibrary(LIBRARY, 'problems', 'valid-first'))).toEqual(['b-bad', 'c-bad']);
    expect(ids(arrangeLibrary(LIBRARY, 'all', 'valid-first'))).toEqual([
      'a-good',
      'd-good',
      'b-bad',
      'c-bad',
    ]);
  });

  it('sorts by the chosen key', () => {
    expect(ids(arrangeLibrary(LIBRARY, 'all', 'newest'))).toEqual(['d-good', 'b-bad', 'c-bad', 'a-good']);
    expect(ids(arrangeLibrary(LIBRARY, 'all', 'name'))).toEqual(['a-good', 'b-bad', 'c-bad', 'd-good']);
    // Case-insensitive; entries without a topic sort first, in library order.
    expect(ids(arrangeLibrary(LIBRARY, 'all', 'topic'))).toEqual(['b-bad', 'c-bad', 'd-good', 'a-good']);
  });

  it('lists each group by file name, whatever order the files were added in', () => {
    const added = [
      entry('zeta', 'valid', { channel: 'air', topic: 'Calm' }),
      entry('beta', 'invalid', { channel: 'air' }),
      entry('Alpha', 'valid', { channel: 'air', topic: 'calm' }),
      entry('gamma', 'valid', { channel: 'fire' }),
      entry('alef', 'invalid', { channel: 'fire' }),
    ];
    expect(ids(arrangeLibrary(added, 'all', 'valid-first'))).toEqual([
      'Alpha',
      'gamma',
      'zeta',
      'alef',
      'beta',
    ]);
    expect(ids(arrangeLibrary(added, 'all', 'channel'))).toEqual(['Alpha', 'beta', 'zeta', 'alef', 'gamma']);
    expect(ids(arrangeLibrary(added, 'all', 'topic'))).toEqual(['alef', 'beta', 'gamma', 'Alpha', 'zeta']);
  });

  it('is stable: entries with equal keys keep their library order, for any library', () => {
    const statuses = fc.array(fc.constantFrom<'valid' | 'invalid'>('valid', 'invalid'), { maxLength: 30 });
    fc.assert(
      fc.property(statuses, fc.constantFrom(...LIBRARY_SORTS.map((s) => s.value)), (list, sort) => {
        const library = list.map((status, i) => entry(`e${i}`, status, { channel: i % 2 ? 'air' : 'fire' }));
        const arranged = arrangeLibrary(library, 'all', sort);
        expect(arranged).toHaveLength(library.length);
        for (let i = 1; i < arranged.length; i += 1) {
          const [a, b] = [arranged[i - 1]!, arranged[i]!];
          const sameKey = arrangeLibrary([b, a], 'all', sort)[0] === b;
          // When the pair compares equal, the earlier one in the library comes first.
          if (sameKey) expect(library.indexOf(a)).toBeLessThan(library.indexOf(b));
        }
      }),
    );
  });
});
