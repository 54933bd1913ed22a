import { describe, expect, it } from 'vitest';
import type { ChannelStyle } from '../channel.js';
import type { SceneRole, VideoScene } from '../timeline/video-timeline.js';
import { contains, safeAreaFor } from './safe-zone.js';
import { isRightToLeft, layoutSceneText, type MeasureAt } from './text-layout.js';

const style: ChannelStyle = {
  palette: {
    background: ['#000000', '#333333'],
    primary: '#ff0000',
    accent: '#ffcc00',
    text: '#ffffff',
    textShadow: '#000000',
  },
  fonts: { heading: 'Noto Sans', body: 'Noto Sans' },
  animation: 'rise',
  wordsPerMinute: 160,
  transition: 'crossfade',
  transitionSeconds: 0.5,
};
/** Every character 0.55 em wide. */
const measureAt: MeasureAt = (size) => (text) => [...text].length * size * 0.55;

function scene(role: SceneRole, text: string, pointNumber?: number): VideoScene {
  return { index: 0, role, text, pointNumber, startSeconds: 0, durationSeconds: 5 };
}

describe('layoutSceneText', () => {
  const frames = [
    { width: 1080, height: 1920 },
    { width: 540, height: 960 },
    { width: 1920, height: 1080 },
  ];
  const texts = [
    'Short',
    'A hook that is long enough to need a few lines of wrapping on a phone',
    'word '.repeat(300),
  ];

  for (const frame of frames) {
    for (const role of ['hook', 'point', 'cta'] as const) {
      it(`keeps ${role} text inside the safe area of ${frame.width}×${frame.height}`, () => {
        for (const text of texts) {
          const layout = layoutSceneText(scene(role, text, 2), style, frame, measureAt);
          const safe = safeAreaFor(frame);
          expect(contains(safe, layout.content)).toBe(true);
          expect(
            contains(
              { x: 0, y: 0, ...frame },
              { x: layout.frameX, y: layout.frameY, width: layout.width, height: layout.height },
            ),
          ).toBe(true);
          expect(layout.frameX % 2).toBe(0);
          expect(layout.frameY % 2).toBe(0);
          for (const line of layout.lines) {
            const halfWidth = measureAt(line.size, line.family)(line.text) / 2;
            expect(line.centerX - halfWidth).toBeGreaterThanOrEqual(-0.5);
            expect(line.centerX + halfWidth).toBeLessThanOrEqual(layout.width + 0.5);
          }
        }
      });
    }
  }

  it('draws the hook larger than a point, the point with its number, and the CTA in a pill', () => {
    const frame = { width: 1080, height: 1920 };
    const hook = layoutSceneText(scene('hook', 'Stop scrolling'), style, frame, measureAt);
    const point = layoutSceneText(scene('point', 'Drink water', 3), style, frame, measureAt);
    const cta = layoutSceneText(scene('cta', 'Follow for more'), style, frame, measureAt);
    expect(hook.lines[0]!.size).toBeGreaterThan(point.lines.at(-1)!.size);
    expect(point.shapes.map((s) => s.kind)).toEqual(['circle']);
    expect(point.lines[0]!.text).toBe('3');
    expect(cta.shapes.map((s) => s.kind)).toEqual(['pill']);
    // Accent #ffcc00 is light: the CTA text turns dark to stay readable.
    expect(cta.lines[0]!.color).toBe('#111111');
  });

  it('cuts text that cannot fit even at the smallest size', () => {
    const layout = layoutSceneText(
      scene('point', 'word '.repeat(2000), 1),
      style,
      { width: 540, height: 960 },
      measureAt,
    );
    expect(layout.truncated).toBe(true);
    expect(layout.lines.at(-1)!.text).toMatch(/…$/);
  });
});

describe('isRightToLeft', () => {
  it('follows the first strong character', () => {
    expect(isRightToLeft('مرحبا world')).toBe(true);
    expect(isRightToLeft('"שלום"')).toBe(true);
    expect(isRightToLeft('Hello مرحبا')).toBe(false);
    expect(isRightToLeft('123 😀')).toBe(false);
  });
});

describe('layoutSceneText for a platform', () => {
  for (const platform of ['tiktok', 'reels', 'shorts'] as const) {
    it(`centres text in the ${platform} safe rectangle, not in the frame`, () => {
      const frame = { width: 1080, height: 1920 };
      const safe = safeAreaFor(frame, platform);
      for (const role of ['hook', 'point', 'cta'] as const) {
        const layout = layoutSceneText(
          scene(role, 'Centred where the app leaves room', 1),
          style,
          frame,
          measureAt,
          platform,
        );
        expect(contains(safe, layout.content)).toBe(true);
        const contentCentre = layout.content.x + layout.content.width / 2;
        expect(Math.abs(contentCentre - (safe.x + safe.width / 2))).toBeLessThanOrEqual(1);
        // The platform's right column is wider than its left margin, so the text sits left of centre.
        expect(contentCentre).toBeLessThan(frame.width / 2 - 10);
      }
    });
  }
});
