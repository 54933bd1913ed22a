import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScript } from './parse-script.js';
import { readScriptFile } from './read-script-file.js';

const SAMPLES_DIR = fileURLToPath(new URL('../../../../resources/samples', import.meta.url));
const samples = readdirSync(SAMPLES_DIR).filter((name) => /\.(json|md|txt)$/.test(name));

/** The limits every built-in channel accepts; samples must pass channel validation as shipped. */
const LIMITS = {
  hookChars: 120,
  pointChars: 140,
  ctaChars: 100,
  minPoints: 3,
  maxPoints: 5,
  minWords: 55,
  maxWords: 110,
};

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('sample scripts', () => {
  it('cover every channel in every format', () => {
    const channels = new Set(samples.map((name) => name.split('-')[0]));
    expect([...channels].sort()).toEqual(['air', 'earth', 'fire', 'water']);
    const extensions = new Set(samples.map((name) => path.extname(name)));
    expect([...extensions].sort()).toEqual(['.json', '.md', '.txt']);
  });

  it.each(samples)('%s parses, in the format its extension says, within channel limits', async (name) => {
    const script = parseScript(await readScriptFile(path.join(SAMPLES_DIR, name)));
    const expectedFormat = { '.json': 'json', '.md': 'markdown', '.txt': 'text' }[path.extname(name)];
    expect(script.source.format).toBe(expectedFormat);
    expect(script.channel).toBe(name.split('-')[0]);
    expect(script.hook.length).toBeLessThanOrEqual(LIMITS.hookChars);
    expect(script.mainPoints.length).toBeGreaterThanOrEqual(LIMITS.minPoints);
    expect(script.mainPoints.length).toBeLessThanOrEqual(LIMITS.maxPoints);
    for (const point of script.mainPoints) expect(point.length).toBeLessThanOrEqual(LIMITS.pointChars);
    expect(script.callToAction.length).toBeLessThanOrEqual(LIMITS.ctaChars);
    const spoken = words([script.hook, ...script.mainPoints, script.callToAction].join(' '));
    expect(spoken).toBeGreaterThanOrEqual(LIMITS.minWords);
    expect(spoken).toBeLessThanOrEqual(LIMITS.maxWords);
  });
});
