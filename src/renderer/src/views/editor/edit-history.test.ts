import { describe, expect, it } from 'vitest';
import { JOIN_WITHIN_MS, recordEdit, redo, startHistory, undo } from './edit-history.js';

describe('edit history', () => {
  it('undoes and redoes each step; a new edit drops the redo steps', () => {
    let h = startHistory('a');
    h = recordEdit(h, 'ab', 0, false);
    h = recordEdit(h, 'abc', 10_000, false);
    h = undo(h);
    expect(h.present).toBe('ab');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('ab');
    h = recordEdit(h, 'abX', 20_000, false);
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it('joins a burst of typing into one step, but not the first change or a pause', () => {
    let h = startHistory('');
    h = recordEdit(h, 'H', 0, true);
    h = recordEdit(h, 'He', 100, true);
    h = recordEdit(h, 'Hey', 200, true);
    h = recordEdit(h, 'Hey!', 200 + JOIN_WITHIN_MS + 1, true);
    expect(h.past).toEqual(['', 'Hey']);
    expect(undo(h).present).toBe('Hey');
    expect(undo(undo(h)).present).toBe('');
  });

  it('an unchanged text is no step', () => {
    const h = startHistory('same');
    expect(recordEdit(h, 'same', 0, false)).toBe(h);
  });
});
