import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtin-templates.js';
import { templateToText } from '../../src/main/infrastructure/templates/index.js';
import { dispatchApiCall } from '../../src/main/presentation/api/dispatch.js';
import { useCliDataDir } from '../support/cli-data-dir.js';
import { mockDesktopRuntimeOver } from '../support/mock-desktop-runtime.js';
import { runCli } from '../support/run-cli.js';

// A font family that is neither shipped nor one of the template's own files used to be accepted
// and render in a fallback face without a word: import and save refuse it, naming the field.

const data = useCliDataDir();
const fire = BUILTIN_TEMPLATES.find((t) => t.id === 'fire')!;
const comic = { ...fire, id: 'comic', fonts: { heading: 'Comic Nope', body: 'Noto Sans' } };

describe('an unknown font family', () => {
  it('is refused by templates import, naming file, field and line and the families there are', async () => {
    const path = join(data.path, 'comic.json');
    const text = templateToText(comic);
    writeFileSync(path, text);
    const line = text.slice(0, text.indexOf('Comic Nope')).split('\n').length;
    const run = await runCli(['templates', 'import', path], data.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${path}:line ${line}: fonts.heading: font family "Comic Nope" is neither shipped nor in fonts.files; use one of "Noto Sans", "Noto Sans Arabic"`,
    );
    expect(existsSync(join(data.path, 'templates', 'comic.json'))).toBe(false);
  });

  describe('in the desktop app', () => {
    const runtime = mockDesktopRuntimeOver(() => data.path);

    it('is refused by templates.save and templates.import, naming the field', async () => {
      const saved = await dispatchApiCall(runtime().handlers, 'templates.save', { template: comic });
      expect(saved).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } });
      expect(JSON.stringify(saved)).toContain(
        'fonts.heading: font family \\"Comic Nope\\" is neither shipped',
      );
      const content = templateToText({ ...comic, fonts: { heading: 'Noto Sans', body: 'Wingdings' } });
      const line = content.slice(0, content.indexOf('Wingdings')).split('\n').length;
      const imported = await dispatchApiCall(runtime().handlers, 'templates.import', {
        name: 'comic.json',
        content,
      });
      expect(JSON.stringify(imported)).toContain(
        `comic.json:line ${line}: fonts.body: font family \\"Wingdings\\"`,
      );
      expect(existsSync(join(data.path, 'templates', 'comic.json'))).toBe(false);
    });

    it('is accepted once shipped', async () => {
      const noto = { ...comic, fonts: { heading: 'Noto Sans CJK SC', body: 'Noto Sans' } };
      expect(await dispatchApiCall(runtime().handlers, 'templates.save', { template: noto })).toMatchObject({
        ok: true,
      });
    });
  });
});
