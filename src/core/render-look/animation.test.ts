import { describe, expect, it } from 'vitest';
import type { AnimationStyle } from '../channel.js';
import { entranceAt, entranceMotion, evaluateMotionExpression } from './animation.js';

const frame = { width: 1080, height: 1920 };
const styles: AnimationStyle[] = ['float', 'ripple', 'rise', 'burst'];

describe('entranceMotion', () => {
  it.each(styles)('%s ends exactly at the resting position and stays there', (style) => {
    const motion = entranceMotion(style, frame, { x: 100, y: 700 });
    for (const t of [motion.endSeconds, motion.endSeconds + 1, 30]) {
      expect(evaluateMotionExpression(motion.x, t)).toBeCloseTo(100, 6);
      expect(evaluateMotionExpression(motion.y, t)).toBeCloseTo(700, 6);
    }
    expect(motion.fade.startSeconds + motion.fade.durationSeconds).toBeLessThanOrEqual(motion.endSeconds);
  });

  it.each(styles)('%s moves during the entrance', (style) => {
    const motion = entranceMotion(style, frame, { x: 100, y: 700 });
    const samples = [0, 0.1, 0.2, 0.3, 0.4].map((t) => [
      evaluateMotionExpression(motion.x, t),
      evaluateMotionExpression(motion.y, t),
    ]);
    expect(samples.some(([x, y]) => Math.abs(x! - 100) > 1 || Math.abs(y! - 700) > 1)).toBe(true);
  });

  it('keeps expressions free of anything but numbers and operators', () => {
    for (const style of styles) {
      const motion = entranceMotion(style, frame, { x: 1, y: 2 });
      expect(`${motion.x}${motion.y}`).toMatch(/^[\d\s.+\-*/(),tminaxpowsiPI]*$/);
    }
  });
});

describe('entranceAt (the preview draws the entrance with it)', () => {
  it.each(styles)('%s is where the ffmpeg expressions put the text, with the same fade', (style) => {
    const rest = { x: 100, y: 700 };
    const motion = entranceMotion(style, frame, rest);
    for (let t = 0; t <= 1.5; t += 0.05) {
      const state = entranceAt(style, frame, t);
      expect(rest.x + state.dx).toBeCloseTo(evaluateMotionExpression(motion.x, t), 6);
      expect(rest.y + state.dy).toBeCloseTo(evaluateMotionExpression(motion.y, t), 6);
      const { startSeconds, durationSeconds } = motion.fade;
      const ffmpegAlpha = Math.min(Math.max((t - startSeconds) / durationSeconds, 0), 1);
      expect(state.alpha).toBeCloseTo(ffmpegAlpha, 6);
    }
  });
});
