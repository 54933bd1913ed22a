import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScriptValidationError } from '#core/errors.js';
import type { ScriptFormat, VideoScript } from '#core/script.js';
import { decodeScriptBytes } from './decode-script-bytes.js';
import { normaliseWhitespace } from './normalise-text.js';
import { createDefaultScriptParsers, parseScript } from './parse-script.js';
import { documentArb, fieldsArb, nameArb, PATHOLOGICAL_SHAPES } from './test-support/fuzz-corpus.js';
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
    for (const content of PATHOLOGICAL_SHAPES) {
      for (const name of ['a.json', 'a.md', 'a.txt']) {
        const started = performance.now();
        onlyValidationErrors(() => parseScript({ content, name }));
        expect(performance.now() - started).toBeLessThan(3_000);
      }
    }
  });
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
