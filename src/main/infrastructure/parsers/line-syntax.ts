/**
 * Line shapes shared by the text and Markdown formats. Everything here is anchored and linear in
 * the line length, so a megabyte-long line costs one pass.
 */

export interface KeyLine {
  /** The key as written, trimmed. */
  readonly label: string;
  /** Text after the colon, trimmed; may be empty. */
  readonly value: string;
}

// A label is a few words of letters (e.g. "Call to action"), nothing that looks like prose.
const KEY_LABEL = /^[A-Za-z][A-Za-z_-]*(?:[ \t]+[A-Za-z_-]+){0,3}$/;
const MAX_LABEL_LENGTH = 40;

export function isKeyLabel(label: string): boolean {
  return label.length <= MAX_LABEL_LENGTH && KEY_LABEL.test(label);
}

/**
 * Reads `Key: value`. The colon must be followed by whitespace or the end of the line, so
 * "https://…" and "5:30" are not keys.
 */
export function matchKeyLine(line: string): KeyLine | undefined {
  const colon = line.indexOf(':');
  if (colon < 1 || colon > MAX_LABEL_LENGTH) return undefined;
  const label = line.slice(0, colon).trim();
  if (!isKeyLabel(label)) return undefined;
  const after = line.slice(colon + 1);
  if (after !== '' && after[0] !== ' ' && after[0] !== '\t') return undefined;
  return { label, value: after.trim() };
}

export interface ListItem {
  /** The item's text after the marker, trimmed. */
  readonly text: string;
}

const LIST_ITEM = /^[ \t]*(?:\d{1,9}[.)]|[-*+•])(?:[ \t]+(.*))?$/;

/** Reads `1. text`, `1) text`, `- text`, `* text`, `+ text` or `• text`. */
export function matchListItem(line: string): ListItem | undefined {
  const match = LIST_ITEM.exec(line);
  return match ? { text: (match[1] ?? '').trim() } : undefined;
}

export function isIndented(line: string): boolean {
  return line.startsWith(' ') || line.startsWith('\t');
}
