import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, renderFrameSize } from '#core/platform-presets.js';
import { safeAreaFor } from '#core/safe-zone.js';
import { timelineToCompositionProps } from './props.js';
import { sampleProps } from './sample-props.js';
import { fitCompositionText } from './scene-layout.js';

describe('the composition safe rectangle', () => {
  it("is the platform's rectangle from the core (test/platform/same-rectangle compares FFmpeg's)", () => {
    for (const platform of PLATFORM_IDS) {
      for (const quality of ['draft', 'standard'] as const) {
        const frame = renderFrameSize(quality, '9:16', platform);
        const fitted = fitCompositionText(['Stay', 'clear', 'of', 'the', 'buttons'], 'point', {
          ...frame,
          platform,
        });
        expect(fitted.safe).toEqual(safeAreaFor(frame, platform));
      }
    }
  });

  it('reaches the composition through its props', () => {
    const { timeline } = sampleProps();
    const props = timelineToCompositionProps(
      timeline,
      { width: 1080, height: 1920 },
      {},
      undefined,
      'shorts',
    );
    expect(props.platform).toBe('shorts');
    const fitted = fitCompositionText(['Hi'], 'hook', props);
    // Shorts keeps its right 15 % for the button column.
    expect(fitted.safe.x + fitted.safe.width).toBe(918);
    expect(timelineToCompositionProps(timeline, { width: 1080, height: 1920 }).platform).toBeUndefined();
  });
});
