/**
 * Captions that renderers have changed on screen (issue #18: "Rule # 1:", "a. m.", a quote split
 * from "I'll", spaces inside Japanese) and the other scripts they must keep: tests check every
 * renderer shows exactly these characters.
 */
export const CAPTION_TEXTS_THAT_MUST_SURVIVE = [
  'Rule #1: breathe before you answer.',
  'Wake up at 5 a.m. and write.',
  'She said "I\'ll be there" and left.',
  '“I’ll do it,” she said.',
  '心を落ち着かせる',
  '今日は「心」です。深呼吸、そして笑顔😊',
  '你好世界，今天很好。',
  'สวัสดีครับ วันนี้อากาศดี',
  'مرحبا بالعالم! كيف حالك؟',
  'שלום עולם',
  'Family 👨‍👩‍👧 time 👍🏽🔥!',
  'e-mail me: hi@example.com — 100\u202f% (really)…',
  'Quoi\u00a0? Déjà\u00a0?',
  '  spaced   out\ttext\n',
] as const;

/**
 * Pieces property tests build scripts from: Latin, punctuation, CJK, Thai, Arabic, emoji with
 * modifiers and joiners, a combining accent, and the white space scripts hold (runs of spaces, a
 * tab, a line break, no-break and ideographic spaces). Each test adds the pieces only it is about.
 */
export const WRITTEN_TEXT_PARTS: readonly string[] = [
  ...'abcXYZ019.,:;!?#%&@-—…\'"“”()「」、。，！？心を落ち着かせる日本語你好สวัสดีครับمرحبا',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u202f',
  '\u3000',
  '👍🏽',
  '👨‍👩‍👧',
  'e\u0301',
];
