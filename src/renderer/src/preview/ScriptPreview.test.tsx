// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTimeline } from '../test-support/fixtures.js';
import { ScriptPreview, type ScriptPreviewProps } from './ScriptPreview.js';

// The player itself runs in Chromium in the end-to-end test; here only the choice.
vi.mock('./remotion/RemotionPreview.js', () => ({
  default: () => <div data-testid="remotion-preview" />,
}));

afterEach(cleanup);

/** The preview of the fixture timeline at 9:16, with the given props. */
const preview = (props: Omit<ScriptPreviewProps, 'timeline' | 'aspectRatio'>) => (
  <ScriptPreview timeline={makeTimeline()} aspectRatio="9:16" {...props} />
);
const renderPreview = (props: Parameters<typeof preview>[0]) => render(preview(props));

describe('ScriptPreview', () => {
  it('shows the FFmpeg look by default, labelled with the provider it matches', () => {
    renderPreview({ remotionEnabled: true });
    expect(screen.getByTestId('ffmpeg-preview')).toBeTruthy();
    expect(screen.queryByTestId('remotion-preview')).toBeNull();
    expect(screen.getByRole('radio', { name: 'FFmpeg (as rendered)' }).getAttribute('aria-checked')).toBe(
      'true',
    );
    expect(screen.queryByTestId('preview-differs')).toBeNull();
  });

  it('shows the Remotion composition when the render will use Remotion', async () => {
    renderPreview({ remotionEnabled: true, provider: 'remotion' });
    // The composition loads lazily; the choice is what is checked here (the player runs in Chromium).
    expect(document.querySelector('.script-preview')?.getAttribute('data-preview-engine')).toBe('remotion');
    expect(screen.getByRole('radio', { name: 'Remotion (as rendered)' }).getAttribute('aria-checked')).toBe(
      'true',
    );
  });

  it('says the FFmpeg look stands in while Remotion loads, and when Remotion is off', async () => {
    const { unmount } = renderPreview({ remotionEnabled: false, provider: 'remotion' });
    expect(screen.getByTestId('ffmpeg-preview')).toBeTruthy();
    expect(screen.getByTestId('preview-standin').textContent).toMatch(/Remotion is turned off in Settings/);
    unmount();
    renderPreview({ remotionEnabled: true, provider: 'remotion' });
    // Once the lazily loaded player is there (the loading note itself: remotion-stand-in in
    // preview-match.test.ts), no stand-in note.
    await screen.findByTestId('remotion-preview');
    expect(screen.queryByTestId('preview-standin')).toBeNull();
  });

  it('follows the settings default for "auto"', async () => {
    renderPreview({ remotionEnabled: true, provider: 'auto', defaultProvider: 'remotion' });
    // The composition loads lazily; the choice is what is checked here (the player runs in Chromium).
    expect(document.querySelector('.script-preview')?.getAttribute('data-preview-engine')).toBe('remotion');
  });

  it('says what differs for a cloud provider and for the quick preview', async () => {
    renderPreview({ remotionEnabled: false, provider: 'runway' });
    expect(screen.getByTestId('ffmpeg-preview')).toBeTruthy();
    expect(screen.getByTestId('preview-differs').textContent).toMatch(/Runway makes the footage/);
    screen.getByRole('radio', { name: 'Quick preview' }).click();
    expect(await screen.findByTestId('timeline-preview')).toBeTruthy();
    expect(screen.getByTestId('preview-differs').textContent).toMatch(/approximation/);
  });

  it('says a narrated render is timed to speech and has captions the preview does not show', () => {
    renderPreview({ remotionEnabled: false, narrated: true });
    expect(screen.getByTestId('preview-narration-differs').textContent).toMatch(/burns captions in/);
  });

  it('with a voice, previews the captions and says their word times are estimated from the text', () => {
    const { rerender } = renderPreview({ remotionEnabled: false, voice: 'espeak-ng:en-us' });
    expect(screen.getByTestId('preview-narration-differs').textContent).toMatch(/estimated from the text/);
    rerender(preview({ remotionEnabled: false, voice: 'espeak-ng:en-us', captions: false }));
    expect(screen.getByTestId('preview-narration-differs').textContent).toMatch(/captions are off/);
    rerender(preview({ remotionEnabled: false, voice: 'off' }));
    expect(screen.queryByTestId('preview-narration-differs')).toBeNull();
  });

  it('has no narration note without narration', () => {
    renderPreview({ remotionEnabled: false });
    expect(screen.queryByTestId('preview-narration-differs')).toBeNull();
  });
});
