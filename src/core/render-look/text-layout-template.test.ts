import { describe, expect, it } from 'vitest';
import { BUILTIN_CHANNELS } from '../channels/builtin-channels.js';
import { templateFromChannel } from '../templates/builtin-templates.js';
import type { TextPosition } from '../templates/template-schema.js';
import { applyTemplate } from '../templates/template-style.js';
import type { SceneRole, VideoScene } from '../timeline/video-timeline.js';
import { safeAreaFor } from './safe-zone.js';
import { layoutSceneText, type MeasureAt } from './text-layout.js';

const measureAt: MeasureAt = (size) => (text) => [...text].length * size * 0.55;
const frame = { width: 1080, height: 1920 };
const channel = BUILTIN_CHANNELS.water;

function styleWith(role: SceneRole, position: TextPosition, size = { min: 1, max: 1 }) {
  const base = templateFromChannel(channel);
  return applyTemplate(channel, {
    ...base,
    roles: { ...base.roles, [role]: { ...base.roles[role], position, size } },
  }).style;
}

function scene(role: SceneRole): VideoScene {
  return {
    index: 0,
    role,
    text: 'Breathe in for four counts',
    pointNumber: role === 'point' ? 1 : undefined,
    startSeconds: 0,
    durationSeconds: 4,
  };
}

describe('layoutSceneText with a template', () => {
  const safe = safeAreaFor(frame, 'generic');

  it.each(['hook', 'point', 'cta'] as const)(
    'puts the %s at the top, centre or bottom of the safe area',
    (role) => {
      const at = (position: TextPosition) =>
        layoutSceneText(scene(role), styleWith(role, position), frame, measureAt).content;
      const top = at('top');
      const center = at('center');
      const bottom = at('bottom');
      expect(top.y).toBe(safe.y);
      expect(bottom.y + bottom.height).toBe(safe.y + safe.height);
      expect(top.y).toBeLessThan(center.y);
      expect(center.y).toBeLessThan(bottom.y);
    },
  );

  it('centres as before templates when the template says center', () => {
    const before = layoutSceneText(scene('hook'), channel.style, frame, measureAt);
    const after = layoutSceneText(scene('hook'), styleWith('hook', 'center'), frame, measureAt);
    expect(after.content).toEqual(before.content);
  });

  it('scales the text by the size range', () => {
    const size = (max: number) =>
      layoutSceneText(scene('hook'), styleWith('hook', 'center', { min: 1, max }), frame, measureAt).lines[0]!
        .size;
    expect(size(0.6)).toBeLessThan(size(1));
  });
});
