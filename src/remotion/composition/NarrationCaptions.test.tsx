// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import type * as Remotion from 'remotion';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitWrittenWords } from '#core/narration/written-words.js';
import { NarrationCaptions } from './NarrationCaptions.js';

// Frame 0 of the composition; the caption is what is said at its middle.
vi.mock('remotion', async (original) => ({
  ...(await original<typeof Remotion>()),
  useCurrentFrame: () => 0,
}));

afterEach(cleanup);

/** The caption on screen at the start of a scene of `text`, words as the narration step gives them. */
function shownCaption(text: string): HTMLElement {
  const words = splitWrittenWords(text).words.map((word, i) => ({
    ...word,
    startSeconds: i * 0.1,
    endSeconds: i * 0.1 + 0.05,
    sceneIndex: 0,
  }));
  const { container } = render(
    <NarrationCaptions
      narration={{ voice: 'x', words, burnInCaptions: true }}
      accent="#e63946"
      width={1080}
      height={1920}
      fps={30}
    />,
  );
  return container.querySelector<HTMLElement>('[data-testid="narration-caption"]')!;
}

describe('NarrationCaptions keeps the script’s characters (issue #18)', () => {
  it('shows the white space between words as written, and keeps it from collapsing', () => {
    expect(shownCaption('心を落ち着かせる\u3000今日は').textContent).toBe('心を落ち着かせる\u3000今日は');
    const spaced = shownCaption('two  spaces\tand');
    expect(spaced.textContent).toBe('two  spaces\tand');
    expect(spaced.style.whiteSpace).toBe('pre-wrap');
  });
});
