import { describe, expect, it } from 'vitest';
import { ProviderError } from '#core/errors.js';
import { isCrashedBrowserError, toProviderError } from './render-errors.js';

describe('toProviderError', () => {
  it.each([
    'Protocol error (Runtime.callFunctionOn): Target closed.',
    'Navigation failed because browser has disconnected!',
    'Page crashed!',
    'Protocol error (Page.captureScreenshot): Session closed. Most likely the page has been closed.',
  ])('makes "%s" a retryable crashed-browser error', (message) => {
    const error = toProviderError(new Error(message), 'rendering the video', 'reelforge-9x16');
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.retryable).toBe(true);
    expect(error.code).toBe('browser_crashed');
    expect(error.message).toContain('Chromium crashed or closed while rendering the video');
  });

  it('names the composition and bundle when the composition cannot be selected', () => {
    const error = toProviderError(
      new Error('Could not find composition with ID reelforge-2x3. Available: reelforge-9x16\n    at stack'),
      'selecting the composition',
      'reelforge-2x3 from /cache/bundle',
    );
    expect(error.code).toBe('composition_not_found');
    expect(error.message).toBe(
      'remotion: could not load composition reelforge-2x3 from /cache/bundle: Could not find composition with ID reelforge-2x3. Available: reelforge-9x16',
    );
  });

  it('reports an error thrown inside the composition with its first line', () => {
    const error = toProviderError(
      new Error('font x could not be loaded\nstack…'),
      'rendering the video',
      'reelforge-1x1',
    );
    expect(error.code).toBe('composition_error');
    expect(error.message).toContain('font x could not be loaded');
    expect(error.message).not.toContain('stack');
  });

  it('passes a ProviderError through unchanged', () => {
    const original = new ProviderError('remotion', 'media missing', { code: 'media_missing' });
    expect(toProviderError(original, 'rendering the video', 'x')).toBe(original);
  });

  it('does not mistake ordinary errors for a crash', () => {
    expect(isCrashedBrowserError(new Error('delayRender() timed out'))).toBe(false);
  });
});
