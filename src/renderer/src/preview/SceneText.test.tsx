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

  it('aligns and weighs each role as the template says, bold and centred without one', () => {
    const timeline = makeTimeline();
    const role = { position: 'center' as const, sizeMax: 1, sizeMin: 1 };
    const style = {
      ...timeline.style,
      layout: {
        hook: { ...role, align: 'left' as const, weight: 400 as const },
        point: { ...role, align: 'right' as const, weight: 800 as const },
        cta: role,
      },
    };
    const shown = (index: number) => {
      const scene = timeline.scenes[index]!;
      const { container, unmount } = render(
        <SceneText scene={scene} style={style} localSeconds={2} aspectRatio="9:16" />,
      );
      const text = container.querySelector<HTMLElement>('.scene-hook, .scene-point-text, .scene-cta')!;
      const block = container.firstElementChild as HTMLElement;
      const seen = [text.style.textAlign, text.style.fontWeight, block.style.alignItems];
      unmount();
      return seen;
    };
    const cta = timeline.scenes.findIndex((s) => s.role === 'cta');
    const point = timeline.scenes.findIndex((s) => s.role === 'point');
    expect(shown(0)).toEqual(['left', '400', 'flex-start']);
    expect(shown(point)).toEqual(['right', '800', 'flex-end']);
    expect(shown(cta).slice(0, 2)).toEqual(['center', '700']);
  });
});
