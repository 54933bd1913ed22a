// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CAPTION_TEXTS_THAT_MUST_SURVIVE } from '#core/caption-test-texts.js';
import { makeTimeline } from '../test-support/fixtures.js';
import { SceneText } from './SceneText.js';

afterEach(cleanup);

// Issue #18: the quick preview, like the renderers, shows exactly the script's characters.
describe('SceneText', () => {
  it('shows every role’s text exactly as written', () => {
    const timeline = makeTimeline();
    for (const scene of timeline.scenes) {
      for (const text of CAPTION_TEXTS_THAT_MUST_SURVIVE) {
        const { container, unmount } = render(
          <SceneText scene={{ ...scene, text }} style={timeline.style} localSeconds={2} aspectRatio="9:16" />,
        );
        const shown = container.querySelector('.scene-hook, .scene-point-text, .scene-cta');
        expect(shown?.textContent).toBe(text);
        unmount();
      }
    }
  });

  it('draws with the render’s shipped faces (CJK, Arabic, emoji), not the UI’s font', () => {
    const timeline = makeTimeline();
    const { container } = render(
      <SceneText scene={timeline.scenes[0]!} style={timeline.style} localSeconds={2} aspectRatio="9:16" />,
    );
    const shown = container.querySelector<HTMLElement>('.scene-hook')!;
    expect(shown.style.fontFamily).toContain('Reelforge Video Noto Sans CJK SC');
    expect(shown.style.fontFamily).toContain('Reelforge Video Noto Color Emoji');
  });
});
