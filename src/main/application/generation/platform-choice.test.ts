import { describe, expect, it } from 'vitest';
import { RenderOptionError, ScriptValidationError } from '#core/errors.js';
import type { VideoJob } from '../job.js';
import type { PreparedScript } from '../script-intake.js';
import { applyPlatform, choosePlatform } from './platform-choice.js';

const options: VideoJob['options'] = {
  provider: 'auto',
  quality: 'standard',
  aspectRatio: '16:9',
  outputDir: '/videos',
};

function prepared(durationSeconds: number): PreparedScript {
  return {
    script: { source: { name: 'talk.txt', format: 'text' } },
    timeline: { durationSeconds },
  } as unknown as PreparedScript;
}

describe('choosePlatform', () => {
  it('takes the request over the script, the script over the config, the config over generic', () => {
    expect(choosePlatform({ requested: 'TikTok', script: 'reels', configDefault: 'shorts' })).toBe('tiktok');
    expect(choosePlatform({ script: 'reels', configDefault: 'shorts' })).toBe('reels');
    expect(choosePlatform({ configDefault: 'shorts' })).toBe('shorts');
    expect(choosePlatform({})).toBe('generic');
  });

  it('refuses an unknown requested id with the choices', () => {
    expect(() => choosePlatform({ requested: 'vine' })).toThrow(
      new RenderOptionError('platform', 'unknown platform (use tiktok, reels, shorts or generic)', {
        value: 'vine',
      }),
    );
  });
});

describe('applyPlatform', () => {
  it('records the platform and fixes 9:16 over the config default', () => {
    expect(applyPlatform(options, prepared(30), { requested: 'shorts' })).toEqual({
      ...options,
      aspectRatio: '9:16',
      platform: 'shorts',
    });
  });

  it('leaves generic jobs as they were', () => {
    expect(applyPlatform(options, prepared(900), {})).toBe(options);
  });

  it('refuses an explicit aspect ratio the platform does not show', () => {
    expect(() =>
      applyPlatform(options, prepared(30), { requested: 'reels', requestedAspectRatio: '1:1' }),
    ).toThrow(/aspect "1:1": does not fit Instagram Reels/);
    expect(
      applyPlatform(options, prepared(30), { requested: 'reels', requestedAspectRatio: '9:16' }),
    ).toMatchObject({ platform: 'reels' });
  });

  it('refuses a script longer than the platform takes, naming the file, length and limit', () => {
    let error: unknown;
    try {
      applyPlatform(options, prepared(181), { script: 'reels' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ScriptValidationError);
    expect((error as ScriptValidationError).message).toBe(
      'talk.txt: length: the video is 181.0 s long; Instagram Reels takes at most 180 s (3 min): shorten the script or choose another platform',
    );
    expect(applyPlatform(options, prepared(181), { script: 'tiktok' })).toMatchObject({ platform: 'tiktok' });
  });
});
