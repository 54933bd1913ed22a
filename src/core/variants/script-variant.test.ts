import { RenderOptionError } from '../errors.js';
import { describe, expect, it } from 'vitest';
import type { VideoScript } from '../script.js';
import {
  applyVariant,
  readVideoCommentTag,
  selectVariants,
  variantNameProblem,
  videoCommentTag,
} from './script-variant.js';

const script: VideoScript = {
  channel: 'air',
  topic: 'Clear head',
  hook: 'Original hook.',
  mainPoints: ['One.', 'Two.', 'Three.'],
  callToAction: 'Follow.',
  media: {
    music: '/m/calm.mp3',
    voiceOvers: {
      hook: '/vo/hook.mp3',
      mainPoints: ['/vo/1.mp3', '/vo/2.mp3', undefined],
      callToAction: '/vo/cta.mp3',
    },
  },
  source: { format: 'json', name: 'clear.json' },
  variants: [{ name: 'a' }, { name: 'b', hook: 'New hook.' }],
};

describe('applyVariant', () => {
  it('keeps the script as it is for a variant that changes nothing, without the variant list', () => {
    const { variants: _v, ...plain } = script;
    expect(applyVariant(script, { name: 'control' })).toEqual(plain);
  });

  it('replaces what the variant gives and drops the voice-overs of rewritten parts only', () => {
    const applied = applyVariant(script, {
      name: 'b',
      hook: 'New hook.',
      mainPoints: [undefined, 'New two.'],
      template: 'bold',
      music: '/m/upbeat.mp3',
    });
    expect(applied).toMatchObject({
      hook: 'New hook.',
      mainPoints: ['One.', 'New two.', 'Three.'],
      callToAction: 'Follow.',
      template: 'bold',
      media: {
        music: '/m/upbeat.mp3',
        voiceOvers: { mainPoints: ['/vo/1.mp3', undefined, undefined], callToAction: '/vo/cta.mp3' },
      },
    });
    expect(applied.media?.voiceOvers?.hook).toBeUndefined();
    expect(applied.variants).toBeUndefined();
  });
});

describe('selectVariants', () => {
  const variants = script.variants!;
  it('selects all, or the one named whatever its case', () => {
    expect(selectVariants(variants, undefined, 'x')).toBe(variants);
    expect(selectVariants(variants, 'B', 'x')).toEqual([variants[1]]);
  });
  it('names the script and the variants it has when the name is unknown', () => {
    expect(() => selectVariants(variants, 'c', 'clear.json')).toThrow(
      'clear.json: variant "c": no such variant (the script has: a, b)',
    );
    // Named neutrally, so each front end words the option its own way.
    try {
      selectVariants(variants, 'c', 'clear.json');
    } catch (error) {
      expect(error).toBeInstanceOf(RenderOptionError);
      expect((error as RenderOptionError).option).toBe('variant');
      expect((error as RenderOptionError).wordedAs((o) => `--${o}`)).toBe(
        '--variant "c": no such variant (the script has: a, b)',
      );
    }
    expect(() => selectVariants([], 'c', 'plain.json')).toThrow('the script declares no variants');
  });
});

describe('variant names and the comment tag', () => {
  it('accepts file-safe names and suggests one for the others', () => {
    expect(variantNameProblem('question_hook-2')).toBeUndefined();
    expect(variantNameProblem('Question hook!')).toContain('(e.g. "question-hook")');
    expect(variantNameProblem('-x')).toBeDefined();
    expect(variantNameProblem('x'.repeat(41))).toBeDefined();
  });

  it('writes a tag that reads back', () => {
    const tag = videoCommentTag('job-1', { name: 'b', group: 'g-1' });
    expect(tag).toBe('reelforge job=job-1 variant=b group=g-1');
    expect(readVideoCommentTag(tag)).toEqual({ jobId: 'job-1', variant: 'b', group: 'g-1' });
    expect(readVideoCommentTag(videoCommentTag('job-2'))).toEqual({ jobId: 'job-2' });
    expect(readVideoCommentTag(`Made with Remotion 4.0.527; ${tag}`)).toEqual({
      jobId: 'job-1',
      variant: 'b',
      group: 'g-1',
    });
    expect(readVideoCommentTag('made with something else')).toBeUndefined();
  });
});
