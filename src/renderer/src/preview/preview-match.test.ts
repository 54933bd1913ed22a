import { describe, expect, it } from 'vitest';
import { previewMatchFor, remotionStandInNote, scriptIsNarrated } from './preview-match.js';

describe('previewMatchFor', () => {
  it('matches FFmpeg by default, for "auto" without a default and for ffmpeg itself', () => {
    for (const provider of [undefined, 'auto', 'ffmpeg']) {
      expect(previewMatchFor(provider)).toMatchObject({ engine: 'ffmpeg', label: 'FFmpeg (as rendered)' });
    }
    expect(previewMatchFor(undefined).differs).toBeUndefined();
    expect(previewMatchFor('ffmpeg', 'auto').differs).toBeUndefined();
  });

  it('says when "auto" decides: the preview shows the likely pick, another would look different', () => {
    expect(previewMatchFor('auto').differs).toMatch(
      /^Automatic choice: the preview shows FFmpeg; if "auto" picks another provider/,
    );
    expect(previewMatchFor('auto', 'remotion').differs).toMatch(
      /shows Remotion, the default provider in Settings; if "auto" picks another/,
    );
    expect(previewMatchFor(undefined, 'auto').differs).toMatch(/^Automatic choice/);
  });

  it('follows the settings default for "auto" and the form pick over it', () => {
    expect(previewMatchFor('auto', 'remotion').engine).toBe('remotion');
    expect(previewMatchFor('ffmpeg', 'remotion').engine).toBe('ffmpeg');
    expect(previewMatchFor('remotion').label).toBe('Remotion (as rendered)');
    // A default of "auto" is no choice either.
    expect(previewMatchFor('auto', 'auto').engine).toBe('ffmpeg');
  });

  it('says what differs when the provider cannot be previewed exactly', () => {
    const runway = previewMatchFor('runway');
    expect(runway.engine).toBe('ffmpeg');
    expect(runway.label).toContain('Runway');
    expect(runway.differs).toMatch(/footage/);
    expect(previewMatchFor('synthesia').differs).toMatch(/Synthesia/);
    expect(previewMatchFor('mock').differs).toMatch(/JSON/);
    expect(previewMatchFor('something-else').differs).toMatch(/cannot be previewed/);
  });
});

describe('remotionStandInNote', () => {
  it('says why the FFmpeg look stands in: loading, or Remotion turned off', () => {
    expect(remotionStandInNote(true)).toMatch(/^Loading the Remotion preview; meanwhile this is how FFmpeg/);
    expect(remotionStandInNote(false)).toMatch(/^Remotion is turned off in Settings/);
  });
});

describe('scriptIsNarrated', () => {
  it('is true for a voice and false for none or "off"', () => {
    expect(scriptIsNarrated('espeak')).toBe(true);
    expect(scriptIsNarrated('piper:en_US-amy')).toBe(true);
    expect(scriptIsNarrated(undefined)).toBe(false);
    expect(scriptIsNarrated('off')).toBe(false);
  });
});
