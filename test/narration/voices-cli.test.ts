// `reelforge voices` through the real CLI: the voice providers as the Settings view lists them.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliDataDir } from '../support/cli-data-dir.js';
import { jsonLines, runCli } from '../support/run-cli.js';

const HAS_ESPEAK = existsSync('/usr/bin/espeak-ng');
const data = useCliDataDir();

describe('reelforge voices', () => {
  it('lists each voice provider with availability and reason, offline or online, and its voices', async () => {
    writeFileSync(
      join(data.path, 'config.json'),
      JSON.stringify({ narration: { default_voice: 'espeak-ng:en-gb' } }),
    );
    const json = await runCli(['voices', '--json'], data.env);
    expect([json.code, json.stderr]).toEqual([0, '']);
    const rows = jsonLines(json.stdout);
    expect(rows.map((r) => r['id'])).toEqual(['espeak-ng', 'piper', 'elevenlabs', 'openai']);
    const byId = Object.fromEntries(rows.map((r) => [r['id'], r]));
    expect(byId['piper']).toMatchObject({
      available: false,
      online: false,
      reason: expect.stringMatching(/binary_path/),
    });
    expect(byId['openai']).toMatchObject({
      available: false,
      online: true,
      voices: expect.arrayContaining(['alloy', 'nova']),
    });
    expect(byId['elevenlabs']).toMatchObject({
      available: false,
      online: true,
      reason: expect.stringMatching(/API key/),
    });
    if (HAS_ESPEAK) {
      expect(byId['espeak-ng']).toMatchObject({ available: true, online: false, defaultVoice: 'en-us' });
      expect(byId['espeak-ng']!['voices']).toEqual(expect.arrayContaining(['en-us', 'en-gb', 'de']));
    }
    const text = await runCli(['voices'], data.env);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^default voice: espeak-ng:en-gb\n/);
    expect(text.stdout).toMatch(
      /openai .*\n.*unavailable: no API key.* · online · default voice: alloy\n\s+voices: alloy, ash/,
    );
  }, 60_000);
});
