// Issue 12, probe 4: `providers.ffmpeg.binaryPath = /tmp/evil.sh` then `providers.check ffmpeg` ran
// it. A binary path from the page now takes effect only once the user confirms it in main (never in
// browser mode), and no check runs a file its owner did not mark executable or anyone may rewrite.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_TRANSPORTS, startPageAttacker, type PageAttacker } from './page-attacker.js';

/** A program that leaves a marker file when it runs, with the given mode. */
function plantProgram(folder: string, mode: number): { program: string; ran: () => boolean } {
  const marker = join(folder, `ran-${mode.toString(8)}`);
  const program = join(folder, `evil-${mode.toString(8)}.sh`);
  writeFileSync(program, `#!/bin/sh\ntouch '${marker}'\necho "ffmpeg version 99"\n`);
  chmodSync(program, mode);
  return { program, ran: () => existsSync(marker) };
}

const configText = (page: PageAttacker) => readFileSync(join(page.fixture.dataDir, 'config.json'), 'utf8');

describe.each(PAGE_TRANSPORTS)('a binary path from the page without the user, over %s', (transport) => {
  let page: PageAttacker;
  afterEach(() => page.close());

  it('is refused, not saved, and never run', async () => {
    page = await startPageAttacker(transport);
    const evil = plantProgram(page.fixture.dataDir, 0o755);
    for (const provider of ['ffmpeg', 'remotion']) {
      const reply = await page.call('settings.update', {
        patch: { providers: { [provider]: { binaryPath: evil.program } } },
      });
      expect(reply, provider).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
      expect(JSON.stringify(reply)).toMatch(/binary_path in config\.json/);
      await page.call('providers.check', { id: provider });
      await page.call('providers.list', {});
    }
    expect(configText(page)).not.toContain(evil.program);
    expect(evil.ran()).toBe(false);
  });

  it('may still clear it (discovery falls back to the environment and PATH)', async () => {
    page = await startPageAttacker(transport, { providers: { ffmpeg: { binary_path: '/usr/bin/ffmpeg' } } });
    const reply = await page.call('settings.update', {
      patch: { providers: { ffmpeg: { binaryPath: '' } } },
    });
    expect(reply).toMatchObject({ ok: true });
    expect(configText(page)).not.toContain('binary_path');
  });
});

describe('a binary path from the page in the desktop app (IPC)', () => {
  let page: PageAttacker;
  afterEach(() => page.close());

  it('asks the user in main; declined, nothing is saved or run', async () => {
    const asked: [string, string][] = [];
    page = await startPageAttacker('ipc', {
      platform: {
        confirmBinaryPath: async (id, path) => {
          asked.push([id, path]);
          return false;
        },
      },
    });
    const evil = plantProgram(page.fixture.dataDir, 0o755);
    const reply = await page.call('settings.update', {
      patch: { providers: { ffmpeg: { binaryPath: evil.program } } },
    });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden', message: /not confirmed/ } });
    expect(asked).toEqual([['ffmpeg', evil.program]]);
    await page.call('providers.check', { id: 'ffmpeg' });
    expect(configText(page)).not.toContain(evil.program);
    expect(evil.ran()).toBe(false);
  });

  it('confirmed, is saved; a world-writable or owner-unexecutable program is still never run', async () => {
    page = await startPageAttacker('ipc', { platform: { confirmBinaryPath: async () => true } });
    for (const mode of [0o777, 0o757, 0o655, 0o644]) {
      const evil = plantProgram(page.fixture.dataDir, mode);
      const reply = await page.call('settings.update', {
        patch: { providers: { ffmpeg: { binaryPath: evil.program } } },
      });
      expect(reply, mode.toString(8)).toMatchObject({ ok: true });
      expect(configText(page)).toContain(evil.program);
      const check = await page.call('providers.check', { id: 'ffmpeg' });
      expect(check, mode.toString(8)).toMatchObject({ ok: true, value: { ok: false } });
      await page.call('providers.list', {});
      expect(evil.ran(), mode.toString(8)).toBe(false);
    }
  });
});
