import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtin-templates.js';
import { templateToText } from '../../src/main/infrastructure/templates/index.js';
import { dispatchApiCall } from '../../src/main/presentation/api/dispatch.js';
import { useCliDataDir } from '../support/cli-data-dir.js';
import { mockDesktopRuntimeOver } from '../support/mock-desktop-runtime.js';
import { runCli } from '../support/run-cli.js';

// A bad template is refused in the words a bad script gets (what is missing and how to add it,
// which values are allowed), not zod's "Invalid input: expected string, received undefined".

const data = useCliDataDir();
const fire = BUILTIN_TEMPLATES.find((t) => t.id === 'fire')!;

describe('template errors', () => {
  it('from templates import say how to add a missing key and which weights there are', async () => {
    const path = join(data.path, 'bad.json');
    const text = templateToText({ ...fire, id: 'bad' })
      .replace('  "name": "Fire",\n', '')
      .replace('"weight": 700', '"weight": 650');
    writeFileSync(path, text);
    const run = await runCli(['templates', 'import', path], data.env);
    expect(run.code).toBe(1);
    const weightLine = text.slice(0, text.indexOf('650')).split('\n').length;
    expect(run.stderr).toBe(
      `error: ${path}:line 1: name: missing; add "name": "…"\n` +
        `error: ${path}:line ${weightLine}: roles.hook.weight: 650 is not allowed; use one of 400, 500, 600, 700, 800\n`,
    );
  });

  describe('in the desktop app', () => {
    const runtime = mockDesktopRuntimeOver(() => data.path);

    it('from templates.save are worded the same', async () => {
      const hook = { ...fire.roles.hook, weight: 650 };
      const template = { ...fire, id: 'bad', roles: { ...fire.roles, hook } };
      expect(await dispatchApiCall(runtime().handlers, 'templates.save', { template })).toEqual({
        ok: false,
        error: {
          kind: 'invalid-payload',
          message:
            'templates.save: template.roles.hook.weight: 650 is not allowed; use one of 400, 500, 600, 700, 800',
        },
      });
    });
  });
});
