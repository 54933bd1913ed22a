/**
 * The parsers' fuzz generators, shared by the fuzz test (properties over random input) and the
 * intake benchmark (a seeded corpus of files: the same random documents plus the large and
 * pathological shapes a size cap still lets through).
 */
import fc from 'fast-check';
import type { ScriptFormat } from '#core/script.js';
import { findControlCharacter, normaliseWhitespace } from '../normalise-text.js';
import { serialiseScript, type ScriptFields } from './serialise-script.js';

// Fragments of every format, so random documents reach deep into each parser.
export const FRAGMENTS = [
  'Channel: air',
  'Topic: t',
  'Hook: h',
  'Main points:',
  'CTA: c',
  'Music: m.mp3',
  'Hok: x',
  '1. p',
  '- p',
  '  cont',
  '# Title',
  '## Hook',
  '## Main points',
  '## CTA',
  '**Channel:** air',
  '---',
  '> quote',
  '{',
  '}',
  '[',
  ']',
  '"hook":',
  '"main_points": [',
  '"x",',
  ':',
  ',',
  '\\',
  '*',
  '`',
  '[a](b)',
  '\u0000',
  '\uFEFF',
  '\r',
  '\t',
  '•',
  '\u2028',
  '\uD800',
  'é',
];

/** Script-like documents: fragments of every format and short random strings, joined. */
export const documentArb = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 40 })
  .chain((parts) => fc.constantFrom('\n', '', ' ', '\r\n').map((separator) => parts.join(separator)));

export const nameArb = fc.constantFrom('a.json', 'a.md', 'a.txt', 'a', '<input>');

// Text without line breaks or control characters: what a creator can put in one field.
export const fieldTextArb = fc
  .string({
    unit: fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
      { weight: 2, arbitrary: fc.constantFrom(...'#*_`[]()\\-+>•:1.) {}"\'\t\u00a0'.split('')) },
    ),
    minLength: 1,
    maxLength: 40,
  })
  .filter((text) => !/[\n\r\u2028\u2029\u0085]/.test(text) && findControlCharacter(text) === undefined)
  .filter((text) => normaliseWhitespace(text) !== '');

export const fieldsArb: fc.Arbitrary<ScriptFields> = fc.record({
  channel: fieldTextArb,
  topic: fieldTextArb,
  hook: fieldTextArb,
  mainPoints: fc.array(fieldTextArb, { minLength: 1, maxLength: 6 }),
  callToAction: fieldTextArb,
});

/** Pathological shapes: deep nesting, endless markers, huge lists (each well under 1 MiB). */
export const PATHOLOGICAL_SHAPES: readonly string[] = [
  '['.repeat(100_000),
  '{"a":'.repeat(100_000),
  `{"hook":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
  `Hook: ${'a'.repeat(900_000)}`,
  `# ${'# '.repeat(400_000)}`,
  `**Music:** ${'`'.repeat(400_000)}a`,
  `## Hook\n${'[a]('.repeat(200_000)}`,
  `Main points:\n${'- x\n'.repeat(200_000)}`,
  `${'Call to action:'.repeat(60_000)}`,
  ' '.repeat(1_000_000),
];

/** One file of the corpus: its name (the extension picks nothing but the tie-break) and bytes. */
export interface CorpusFile {
  readonly name: string;
  /** What the file is, for reports: "random document", "long hook (emoji)", "binary", … */
  readonly kind: string;
  readonly content: string | Uint8Array;
}

const FORMATS: readonly ScriptFormat[] = ['json', 'text', 'markdown'];
const EXTENSION: Readonly<Record<ScriptFormat, string>> = { json: 'json', text: 'txt', markdown: 'md' };
const CHANNELS = ['air', 'water', 'earth', 'fire'];

/** Repeats `unit` to about `chars` UTF-16 code units. */
function fill(unit: string, chars: number): string {
  return unit.repeat(Math.max(1, Math.floor(chars / unit.length)));
}

/** Long-string fillers: the text a megabyte field is made of. */
const FILLERS: Readonly<Record<string, string>> = {
  words: 'calm breath ',
  letters: 'a',
  emoji: '👍🏽',
  cjk: '深呼吸',
  accents: 'e\u0301',
  flags: '🇫🇷',
};

/** Large and hostile files within (and a few just over) the 1 MiB cap. */
function largeFiles(random: () => number): CorpusFile[] {
  const files: CorpusFile[] = [];
  const near = () => 700_000 + Math.floor(random() * 300_000);
  const base: ScriptFields = {
    channel: 'air',
    topic: 'A topic',
    hook: 'A hook.',
    mainPoints: ['One point.', 'Two points.'],
    callToAction: 'Follow.',
  };
  const fields = ['hook', 'topic', 'channel', 'callToAction', 'mainPoints'] as const;
  for (const [fillerName, filler] of Object.entries(FILLERS)) {
    for (const field of fields) {
      const format = FORMATS[files.length % FORMATS.length]!;
      // UTF-8 bytes per code unit are up to 3: keep the file under the cap when the filler is wide.
      const units = filler === 'a' || filler.startsWith('calm') ? near() : Math.floor(near() / 2.4);
      const long = fill(filler, units).trim();
      const script: ScriptFields =
        field === 'mainPoints' ? { ...base, mainPoints: [long, 'Two.'] } : { ...base, [field]: long };
      files.push({
        name: `long-${field}-${fillerName}.${EXTENSION[format]}`,
        kind: `long ${field} (${fillerName}, ${format})`,
        content: serialiseScript(script, format),
      });
    }
  }
  for (const format of FORMATS) {
    const count = 100_000 + Math.floor(random() * 50_000);
    const points = Array.from({ length: count }, (_, i) => `p${i}`);
    files.push({
      name: `huge-list.${EXTENSION[format]}`,
      kind: `huge list (${count} points, ${format})`,
      content: serialiseScript({ ...base, mainPoints: points }, format),
    });
  }
  files.push(
    { name: 'deep-array.json', kind: 'deep nesting (arrays)', content: '['.repeat(near()) },
    { name: 'deep-object.json', kind: 'deep nesting (objects)', content: '{"a":'.repeat(near() / 5) },
    {
      name: 'deep-closed.json',
      kind: 'deep nesting (closed, in a field)',
      content: `{"hook":${'['.repeat(near() / 2)}${']'.repeat(near() / 2)}}`,
    },
    {
      name: 'deep-quotes.md',
      kind: 'deep nesting (quotes)',
      content: `## Hook\n${'> '.repeat(near() / 2)}x`,
    },
    {
      name: 'deep-list.md',
      kind: 'deep nesting (lists)',
      content: `## Main points\n${'- '.repeat(near() / 2)}x`,
    },
    {
      name: 'many-keys.txt',
      kind: 'many unknown keys',
      content: fill('Hok: x\n', near()),
    },
    { name: 'many-headings.md', kind: 'many headings', content: fill('## Hook\n', near()) },
    {
      name: 'continuations.txt',
      kind: 'long continued value',
      content: `Channel: air\nTopic: t\nHook: h\n${fill('  more words here\n', near())}Main points:\n- p\nCTA: c\n`,
    },
    {
      name: 'whitespace.json',
      kind: 'whitespace-only field',
      content: JSON.stringify({ ...base, main_points: base.mainPoints, hook: fill(' \t', near()) }),
    },
    {
      name: 'many-strings.json',
      kind: 'huge JSON array of strings',
      content: `{"channel":"air","topic":"t","hook":"h","call_to_action":"c","main_points":[${fill('"x",', near())}"y"]}`,
    },
    {
      name: 'syntax-at-end.json',
      kind: 'JSON error at the end',
      content: `{"channel":"air","hook":"${fill('word ', near())}" , }`,
    },
    // Within the line limits (short lines), so they reach the JSON scanner: every token counts.
    {
      name: 'dense-numbers.json',
      kind: 'JSON error after a megabyte of short tokens',
      content: `[${fill('1,'.repeat(98) + '\n', Math.min(near(), 950_000))}x`,
    },
    {
      name: 'dense-keys.json',
      kind: 'JSON error after a megabyte of keys',
      content: `{${fill('"a":[],'.repeat(28) + '\n', Math.min(near(), 950_000))}x`,
    },
    {
      name: 'valid-huge-list.json',
      kind: 'valid JSON, hundreds of thousands of wrong points',
      content: `{"channel":"air","main_points":[${fill('1,'.repeat(98) + '\n', Math.min(near(), 950_000))}1]}`,
    },
    { name: 'over-cap.txt', kind: 'over the 1 MiB cap', content: fill('Hook: x\n', 1_200_000) },
    ...PATHOLOGICAL_SHAPES.map((content, i) => ({
      name: `shape-${i}.${['json', 'md', 'txt'][i % 3]}`,
      kind: `pathological shape ${i}`,
      content,
    })),
  );
  for (let i = 0; i < 6; i++) {
    const bytes = new Uint8Array(near());
    for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(random() * 256);
    // Half without NUL bytes: they must be caught as invalid UTF-8 instead.
    if (i % 2 === 1) for (let j = 0; j < bytes.length; j++) if (bytes[j] === 0) bytes[j] = 0xc3;
    files.push({
      name: `binary-${i}.${['json', 'md', 'txt'][i % 3]}`,
      kind: 'binary (1 MiB random bytes)',
      content: bytes,
    });
  }
  return files;
}

/**
 * A seeded corpus of `count` files: random script-like documents and random strings (the fuzz
 * test's generators), random bytes, valid scripts in every format, and large files (megabyte
 * fields of several scripts, deep nesting, huge lists, binary). Same seed, same files.
 */
export function generateFuzzCorpus(options: { readonly seed: number; readonly count: number }): CorpusFile[] {
  const { seed, count } = options;
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32: enough for choosing sizes and bytes.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const large = largeFiles(random);
  const rest = Math.max(0, count - large.length);
  const valid = Math.floor(rest * 0.2);
  const bytes = Math.floor(rest * 0.1);
  const strings = Math.floor(rest * 0.2);
  const documents = rest - valid - bytes - strings;
  const files: CorpusFile[] = [];
  fc.sample(documentArb, { seed, numRuns: documents }).forEach((content, i) => {
    files.push({ name: `doc-${i}.${['json', 'md', 'txt'][i % 3]}`, kind: 'random document', content });
  });
  fc.sample(fc.string({ unit: 'binary', maxLength: 2_000 }), { seed: seed + 1, numRuns: strings }).forEach(
    (content, i) =>
      files.push({ name: `string-${i}.${['json', 'md', 'txt'][i % 3]}`, kind: 'random string', content }),
  );
  fc.sample(fc.uint8Array({ maxLength: 4_000 }), { seed: seed + 2, numRuns: bytes }).forEach((content, i) =>
    files.push({ name: `bytes-${i}.${['json', 'md', 'txt'][i % 3]}`, kind: 'random bytes', content }),
  );
  fc.sample(fieldsArb, { seed: seed + 3, numRuns: valid }).forEach((fields, i) => {
    const format = FORMATS[i % FORMATS.length]!;
    const script = { ...fields, channel: CHANNELS[i % CHANNELS.length]! };
    files.push({
      name: `valid-${i}.${EXTENSION[format]}`,
      kind: `script (${format})`,
      content: serialiseScript(script, format),
    });
  });
  return [...files, ...large].slice(0, count);
}
