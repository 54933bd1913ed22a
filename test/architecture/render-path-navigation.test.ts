// docs/architecture.md walks from the Render button to the FFmpeg code by go-to-definition and
// go-to-implementation only (no grep). This runs that walk with the TypeScript language service
// over the editor's view of the tree (tsconfig.json), so the doc cannot drift from the code.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

interface Hop {
  /** The file the reader is in. */
  readonly from: string;
  /** Text just before the name the reader jumps from; the jump starts at the end of it. */
  readonly at: string;
  readonly how: 'definition' | 'implementation';
  /** Where the editor must land. */
  readonly to: string;
}

/** The walk as docs/architecture.md tells it ("The Render button, step by step"). */
const RENDER_PATH: readonly Hop[] = [
  {
    from: 'src/renderer/src/views/library/RenderForm.tsx',
    at: "api['jobs.",
    how: 'implementation',
    to: 'src/main/presentation/api/handlers/jobs-handlers.ts',
  },
  {
    from: 'src/main/presentation/api/handlers/jobs-handlers.ts',
    at: 'service.',
    how: 'definition',
    to: 'src/main/application/video-generation-service.ts',
  },
  {
    from: 'src/main/application/video-generation-service.ts',
    at: 'await provider.',
    how: 'implementation',
    to: 'src/main/infrastructure/providers/ffmpeg/ffmpeg-video-provider.ts',
  },
];

function editorLanguageService(): ts.LanguageService {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  )!;
  return ts.createLanguageService({
    getScriptFileNames: () => config.fileNames,
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => {
      const text = ts.sys.readFile(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => ROOT,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
}

describe('the Render path in docs/architecture.md', () => {
  it('takes at most three jumps from the button to the provider', () => {
    expect(RENDER_PATH.length).toBeLessThanOrEqual(3);
    expect(RENDER_PATH.at(-1)!.to).toBe('src/main/infrastructure/providers/ffmpeg/ffmpeg-video-provider.ts');
    // Each hop starts where the one before landed.
    RENDER_PATH.slice(1).forEach((hop, i) => expect(hop.from).toBe(RENDER_PATH[i]!.to));
  });

  it('is written down there, one step per hop', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
    for (const hop of RENDER_PATH) expect(doc).toContain(hop.to);
    expect(doc).toContain(RENDER_PATH[0]!.from);
  });

  it('is followed by the editor from the button to the FFmpeg provider, one jump per hop', () => {
    const service = editorLanguageService();
    for (const hop of RENDER_PATH) {
      const file = join(ROOT, hop.from);
      const text = readFileSync(file, 'utf8');
      const start = text.indexOf(hop.at);
      expect(start, `${hop.from} contains ${hop.at}`).toBeGreaterThanOrEqual(0);
      const position = start + hop.at.length + 1;
      const landings =
        hop.how === 'definition'
          ? service.getDefinitionAtPosition(file, position)
          : service.getImplementationAtPosition(file, position);
      const files = (landings ?? []).map((landing) => relative(ROOT, landing.fileName));
      expect(files, `go to ${hop.how} from ${hop.at}… in ${hop.from}`).toContain(hop.to);
    }
  }, 120_000);
});
