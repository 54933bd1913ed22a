import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScriptValidationError } from '#core/errors.js';
import type { ScriptFormat, VideoScript } from '#core/script.js';
import { decodeScriptBytes } from './decode-script-bytes.js';
import { findControlCharacter, normaliseWhitespace } from './normalise-text.js';
import { createDefaultScriptParsers, parseScript } from './parse-script.js';
import { serialiseScript } from './test-support/serialise-script.js';
import type { ScriptFields } from './test-support/serialise-script.js';

// Moderate by default so the suite stays fast; raise REELFORGE_FUZZ_RUNS for a deeper hunt.
const RUNS = { numRuns: Number(process.env['REELFORGE_FUZZ_RUNS'] ?? 300) };
const parsers = createDefaultScriptParsers();

/** Runs the action; passes if it returns or throws ScriptValidationError, fails on anything else. */
function onlyValidationErrors(action: () => VideoScript): void {
  let script: VideoScript;
  try {
    script = action();
  } catch (error) {
    if (!(error instanceof ScriptValidationError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(issue.file).toBeTruthy();
      expect(issue.field).toBeTruthy();
      if (issue.line !== undefined) expect(issue.line).toBeGreaterThanOrEqual(1);
    }
    return;
  }
  // Whatever gets through is a complete script.
  for (const text of [script.channel, script.topic, script.hook, script.callToAction, ...script.mainPoints]) {
    expect(text).toBe(normaliseWhitespace(text));
    expect(text).not.toBe('');
  }
  expect(script.mainPoints.length).toBeGreaterThan(0);
}

// Fragments of every format, so random documents reach deep into each parser.
const FRAGMENTS = [
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
const documentArb = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 40 })
  .chain((parts) => fc.constantFrom('\n', '', ' ', '\r\n').map((separator) => parts.join(separator)));
const nameArb = fc.constantFrom('a.json', 'a.md', 'a.txt', 'a', '<input>');

describe('parsers on arbitrary input', () => {
  it('parseScript throws nothing but ScriptValidationError on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), nameArb, (content, name) => {
        onlyValidationErrors(() => parseScript({ content, name }));
      }),
      RUNS,
    );
  });

  it('every parser, called directly, throws nothing but ScriptValidationError on script-like documents', () => {
    fc.assert(
      fc.property(documentArb, nameArb, (content, name) => {
        onlyValidationErrors(() => parseScript({ content, name }));
        for (const parser of parsers) {
          const confidence = parser.detect({ content, name });
          expect(confidence).toBeGreaterThanOrEqual(0);
          expect(confidence).toBeLessThanOrEqual(1);
          onlyValidationErrors(() => parser.parse({ content, name }));
        }
      }),
      RUNS,
    );
  });

  it('decoding arbitrary bytes yields text or a ScriptValidationError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          expect(typeof decodeScriptBytes(bytes, 'f.txt')).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(ScriptValidationError);
        }
      }),
      RUNS,
    );
  });

  it('survives pathological shapes quickly', () => {
    const shapes = [
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
    for (const content of shapes) {
      for (const name of ['a.json', 'a.md', 'a.txt']) {
        const started = performance.now();
        onlyValidationErrors(() => parseScript({ content, name }));
        expect(performance.now() - started).toBeLessThan(3_000);
      }
    }
  });
});

// Text without line breaks or control characters: what a creator can put in one field.
const fieldTextArb = fc
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

const fieldsArb: fc.Arbitrary<ScriptFields> = fc.record({
  channel: fieldTextArb,
  topic: fieldTextArb,
  hook: fieldTextArb,
  mainPoints: fc.array(fieldTextArb, { minLength: 1, maxLength: 6 }),
  callToAction: fieldTextArb,
});

function expected(fields: ScriptFields, format: ScriptFormat) {
  return {
    channel: normaliseWhitespace(fields.channel).toLowerCase(),
    topic: normaliseWhitespace(fields.topic),
    hook: normaliseWhitespace(fields.hook),
    mainPoints: fields.mainPoints.map(normaliseWhitespace),
    callToAction: normaliseWhitespace(fields.callToAction),
    source: { format, name: '<input>' },
  };
}

describe('round trip', () => {
  it.each<ScriptFormat>(['json', 'text', 'markdown'])(
    '%s: what is written parses back unchanged',
    (format) => {
      fc.assert(
        fc.property(fieldsArb, (fields) => {
          const content = serialiseScript(fields, format);
          expect(parseScript({ content, name: '<input>' })).toEqual(expected(fields, format));
        }),
        RUNS,
      );
    },
  );
});
