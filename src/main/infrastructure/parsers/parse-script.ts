import path from 'node:path';
import { ScriptValidationError } from '#core/errors.js';
import type { ScriptParseInput, ScriptParser } from '#core/parser.js';
import type { ScriptFormat, VideoScript } from '#core/script.js';
import { JsonScriptParser } from './json-script-parser.js';
import { MarkdownScriptParser } from './markdown-script-parser.js';
import { guardParse } from './parse-guard.js';
import { prepareContent } from './script-content.js';
import { TextScriptParser } from './text-script-parser.js';

/** The parsers for every built-in format, JSON first. */
export function createDefaultScriptParsers(): ScriptParser[] {
  return [new JsonScriptParser(), new MarkdownScriptParser(), new TextScriptParser()];
}

const DEFAULT_PARSERS: readonly ScriptParser[] = createDefaultScriptParsers();

const EXTENSION_FORMATS: Readonly<Record<string, ScriptFormat>> = {
  '.json': 'json',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

/** The extension only nudges: enough to break a tie, never to outvote the content. */
const EXTENSION_NUDGE = 0.05;

/** The format a file name suggests, if any. */
export function formatFromFileName(name: string): ScriptFormat | undefined {
  const extension = path.extname(name).toLowerCase();
  return Object.hasOwn(EXTENSION_FORMATS, extension) ? EXTENSION_FORMATS[extension] : undefined;
}

function safeDetect(parser: ScriptParser, input: ScriptParseInput): number {
  try {
    const score = parser.detect(input);
    return Number.isFinite(score) ? Math.min(Math.max(score, 0), 1) : 0;
  } catch {
    // A detector that cannot make sense of the content is simply not confident.
    return 0;
  }
}

/**
 * Picks the parser by content: the most confident detector wins, the file extension breaks ties.
 * When no detector recognises anything, the extension decides so the user gets that format's
 * specific errors; with neither, the format is reported as unknown.
 */
export function chooseScriptParser(
  input: ScriptParseInput,
  parsers: readonly ScriptParser[] = DEFAULT_PARSERS,
): ScriptParser {
  const hinted = formatFromFileName(input.path ?? input.name);
  let best: ScriptParser | undefined;
  let bestScore = 0;
  for (const parser of parsers) {
    const confidence = safeDetect(parser, input);
    if (confidence <= 0) continue;
    const score = confidence + (parser.format === hinted ? EXTENSION_NUDGE : 0);
    if (score > bestScore) {
      best = parser;
      bestScore = score;
    }
  }
  const chosen = best ?? parsers.find((parser) => parser.format === hinted);
  if (chosen) return chosen;
  throw new ScriptValidationError({
    file: input.name,
    field: '(format)',
    line: 1,
    message:
      'not a recognisable script: expected JSON ({"channel": …}), Markdown ("# Title" and "## Hook" sections) or text ("Hook: …" lines)',
  });
}

/** Parses a script in any supported format; every rejection is a ScriptValidationError. */
export function parseScript(
  input: ScriptParseInput,
  parsers: readonly ScriptParser[] = DEFAULT_PARSERS,
): VideoScript {
  return guardParse(input, () => {
    const prepared: ScriptParseInput = { ...input, content: screenedContent(input) };
    return chooseScriptParser(prepared, parsers).parse(prepared);
  });
}

/** The content ready for a parser; throws for what no parser gets to see (oversized, binary, empty). */
function screenedContent(input: ScriptParseInput): string {
  const content = prepareContent(input);
  if (content.trim() === '') {
    throw new ScriptValidationError({
      file: input.name,
      field: '(content)',
      line: 1,
      message: 'the script is empty',
    });
  }
  return content;
}

/**
 * The first check `parseScript` makes, alone: throws the same ScriptValidationError for content
 * that is no script at all, whatever the parser — larger than the cap, binary (NUL characters) or
 * not text. Empty content passes: it is a script the user has yet to write.
 */
export function screenScript(input: ScriptParseInput): void {
  guardParse(input, () => prepareContent(input));
}
