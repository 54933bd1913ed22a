// Undo and redo over the editor's text: each change is a state; typing within a short time of the
// previous change joins it, so one undo takes back a burst of typing, not one letter.

export interface EditHistory {
  readonly past: readonly string[];
  readonly present: string;
  readonly future: readonly string[];
  /** When the present was last changed (ms), for joining bursts of typing. */
  readonly changedAt: number;
}

export const JOIN_WITHIN_MS = 800;

export function startHistory(text: string): EditHistory {
  return { past: [], present: text, future: [], changedAt: -Infinity };
}

/** A new text; `join` (typing in one field) merges it into the last step when close in time. */
export function recordEdit(history: EditHistory, text: string, now: number, join: boolean): EditHistory {
  if (text === history.present) return history;
  const merge = join && now - history.changedAt < JOIN_WITHIN_MS && history.past.length > 0;
  return {
    past: merge ? history.past : [...history.past, history.present],
    present: text,
    future: [],
    changedAt: join ? now : -Infinity,
  };
}

export function undo(history: EditHistory): EditHistory {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    changedAt: -Infinity,
  };
}

export function redo(history: EditHistory): EditHistory {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, changedAt: -Infinity };
}
