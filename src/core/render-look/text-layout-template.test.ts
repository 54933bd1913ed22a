import { describe, expect, it } from 'vitest';
import { BUILTIN_CHANNELS } from '../channels/builtin-channels.js';
import { templateFromChannel } from '../templates/builtin-templates.js';
import type { TemplateRoleLook, TextPosition } from '../templates/template-schema.js';
import { applyTemplate } from '../templates/template-style.js';
import type { SceneRole, VideoScene } from '../timeline/video-timeline.js';
import { safeAreaFor } from './safe-zone.js';
import { layoutSceneText, type MeasureAt } from './text-layout.js';

const measureAt: MeasureAt = (size) => (text) => [...text].length * size * 0.55;
const frame = { width: 1080, height: 1920 };
const channel = BUILTIN_CHANNELS.water;

function styleWith(
  role: SceneRole,
  position: TextPosition,
  size = { min: 1, max: 1 },
  look: Partial<Pick<TemplateRoleLook, 'align' | 'weight'>> = {},
) {
  const base = templateFromChannel(channel);
  return applyTemplate(channel, {
    ...base,
    roles: { ...base.roles, [role]: { ...base.roles[role], position, size, ...look } },
  }).style;
}

function scene(role: SceneRole): VideoScene {
  return {
    index: 0,
    role,
    // Long enough to wrap: lines of different widths show the alignment of each line.
    text: 'Breathe in for four counts, hold it, then let it all go slowly',
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

describe('layoutSceneText aligns and weighs text as the template says', () => {
  const safe = safeAreaFor(frame, 'generic');
  // Text edges in frame pixels, measured as the layout measures them.
  const edges = (role: SceneRole, align: TemplateRoleLook['align']) => {
    const layout = layoutSceneText(
      scene(role),
      styleWith(role, 'center', undefined, { align }),
      frame,
      measureAt,
    );
    const text = layout.lines.filter((l) => l.text !== '1');
    expect(text.length).toBeGreaterThan(1);
    return text.map((line) => {
      const width = measureAt(line.size, line.family)(line.text);
      return {
        left: layout.frameX + line.centerX - width / 2,
        right: layout.frameX + line.centerX + width / 2,
      };
    });
  };

  it.each(['hook', 'point'] as const)('starts every %s line at the left edge of the safe area', (role) => {
    for (const line of edges(role, 'left')) expect(line.left).toBeCloseTo(safe.x, 5);
  });

  it.each(['hook', 'point'] as const)('ends every %s line at the right edge of the safe area', (role) => {
    // Within a pixel: the block's width is rounded up to whole pixels after the lines are placed.
    for (const line of edges(role, 'right'))
      expect(Math.abs(line.right - (safe.x + safe.width))).toBeLessThan(1);
  });

  it('starts the call to action lines at its pill padding from the left edge', () => {
    const layout = layoutSceneText(
      scene('cta'),
      styleWith('cta', 'center', undefined, { align: 'left' }),
      frame,
      measureAt,
    );
    const pill = layout.shapes.find((s) => s.kind === 'pill')!;
    expect(layout.frameX + pill.x).toBe(safe.x);
    const lefts = edges('cta', 'left').map((l) => l.left);
    expect(new Set(lefts.map((l) => Math.round(l))).size).toBe(1);
    expect(lefts[0]).toBeGreaterThan(safe.x);
    expect(lefts[0]).toBeLessThan(safe.x + frame.width * 0.1);
  });

  it('centres lines of different widths on one axis when centred', () => {
    const lines = edges('hook', 'center');
    const centres = lines.map((l) => (l.left + l.right) / 2);
    expect(new Set(lines.map((l) => Math.round(l.right - l.left))).size).toBeGreaterThan(1);
    for (const c of centres) expect(c).toBeCloseTo(centres[0]!, 5);
  });

  it('puts the hook bar and the point badge on the aligned side', () => {
    const left = layoutSceneText(
      scene('hook'),
      styleWith('hook', 'center', undefined, { align: 'left' }),
      frame,
      measureAt,
    );
    const bar = left.shapes.find((s) => s.kind === 'bar')!;
    expect(left.frameX + bar.x).toBe(safe.x);
    const right = layoutSceneText(
      scene('point'),
      styleWith('point', 'center', undefined, { align: 'right' }),
      frame,
      measureAt,
    );
    const badge = right.shapes.find((s) => s.kind === 'circle')!;
    expect(Math.abs(right.frameX + badge.x + badge.width - (safe.x + safe.width))).toBeLessThan(1);
  });

  it("draws and measures the role's text in the template's weight, the point badge bold", () => {
    const measured = new Set<number | undefined>();
    const weighing: MeasureAt = (size, family, weight) => {
      measured.add(weight);
      return measureAt(size, family);
    };
    const layout = layoutSceneText(
      scene('point'),
      styleWith('point', 'center', undefined, { weight: 400 }),
      frame,
      weighing,
    );
    expect(layout.lines.filter((l) => l.text !== '1').every((l) => l.weight === 400)).toBe(true);
    expect(layout.lines.find((l) => l.text === '1')?.weight).toBe(700);
    expect(measured).toEqual(new Set([400]));
  });
});
