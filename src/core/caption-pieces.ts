/**
 * Splits a caption into the pieces word-by-word highlighting lights one at a time, without ever
 * changing the text: the pieces joined are exactly the input, character for character. Pure.
 *
 * A piece is what a reader sees as one word: everything between two runs of white space ("Rule",
 * "#1:", "a.m.", "“I’ll"), with the white space after it. Scripts that do not put spaces between
 * words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) are split further at the word boundaries
 * Intl.Segmenter finds, and only there, so "心を落ち着かせる" lights "心", "を", "落ち"… while the
 * line still reads "心を落ち着かせる". Punctuation never starts a piece of its own: an opening
 * bracket or quote goes with the word after it, anything else with the word before it.
 */

const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Runs of white space a line may break at, and runs of anything else. No-break spaces (before a
 * French "?", inside "100 %") belong to the text around them.
 */
const WHITE_OR_NOT = /[^\S\u00A0\u2007\u202F]+|[\S\u00A0\u2007\u202F]+/gu;
const LEADING_SPACE = /^[^\S\u00A0\u2007\u202F]*/u;
const TRAILING_SPACE = /[^\S\u00A0\u2007\u202F]*$/u;
const HAS_VISIBLE = /[\S\u00A0\u2007\u202F]/u;

/**
 * Characters of scripts written without spaces between words (and their punctuation, which
 * Script_Extensions includes): a word boundary next to one may start a new piece.
 */
const NO_SPACE_SCRIPT =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}\p{scx=Yi}\u3000-\u303F\uFF00-\uFFEF]/u;

/** Opening brackets and quotes at the end of a piece: they belong to the word that follows. */
const TRAILING_OPENERS = /[\p{Ps}\p{Pi}]+$/u;

/** The caption's pieces; `''` gives none, text without any word gives one piece. */
export function splitCaptionPieces(text: string): string[] {
  const pieces: string[] = [];
  // Text before the first piece's visible characters (leading white space) waits for it.
  let current = '';
  let currentHasWord = false;
  let afterSpace = false;
  const startPiece = (first: string, isWord: boolean) => {
    if (HAS_VISIBLE.test(current)) {
      pieces.push(current);
      current = '';
    }
    current += first;
    currentHasWord = isWord;
  };
  for (const [run] of text.matchAll(WHITE_OR_NOT)) {
    if (!HAS_VISIBLE.test(run)) {
      current += run;
      afterSpace = true;
      continue;
    }
    for (const { segment, isWordLike } of words.segment(run)) {
      const isWord = isWordLike === true;
      if (afterSpace) {
        startPiece(segment, isWord);
        afterSpace = false;
      } else if (isWord && currentHasWord && splitsHere(current, segment)) {
        const opener = TRAILING_OPENERS.exec(current)?.[0] ?? '';
        current = current.slice(0, current.length - opener.length);
        startPiece(opener + segment, true);
      } else {
        current += segment;
        currentHasWord ||= isWord;
      }
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** A word boundary with no space starts a piece only beside a script that uses no spaces. */
function splitsHere(before: string, word: string): boolean {
  const last = String.fromCodePoint(before.codePointAt(lastCodePointIndex(before)) ?? 0);
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  return NO_SPACE_SCRIPT.test(last) || NO_SPACE_SCRIPT.test(first);
}

function lastCodePointIndex(text: string): number {
  const last = text.length - 1;
  const code = text.charCodeAt(last);
  // A low surrogate after a high one: the code point starts one unit earlier.
  return code >= 0xdc00 && code <= 0xdfff && last > 0 ? last - 1 : last;
}

/**
 * A piece's leading white space (only the first piece has any), its visible characters and its
 * trailing white space, for renderers that box the visible part and leave the spaces as written.
 */
export function splitWhiteSpace(piece: string): { before: string; visible: string; after: string } {
  const before = LEADING_SPACE.exec(piece)![0];
  if (before.length === piece.length) return { before, visible: '', after: '' };
  const after = TRAILING_SPACE.exec(piece)![0];
  return { before, visible: piece.slice(before.length, piece.length - after.length), after };
}
