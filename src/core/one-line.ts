/**
 * Characters that would break a one-line message or change how it reads on a terminal: C0
 * controls (newline, carriage return, tab, escape…), DEL, C1 controls, the Unicode line and
 * paragraph separators, and the bidirectional marks, embeddings, overrides and isolates that
 * can make a name display as something it is not.
 */
// eslint-disable-next-line no-control-regex
const BREAKING = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(character: string): string {
  const named = NAMED[character];
  if (named !== undefined) return named;
  const code = character.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * A file name or path as it may appear inside a one-line message (an `error:` line, a history
 * line, a progress label): every character from `BREAKING` written as an escape (`\n`, `\t`,
 * `\x1b`, `\u202e`), so one message is always one line and reads as the name it is. Everything
 * else, including a U+FFFD that stands for bytes that were not UTF-8, is kept as it is.
 */
export function escapeForOneLine(text: string): string {
  return text.replace(BREAKING, escapeOne);
}
