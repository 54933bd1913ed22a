import { describe, expect, it } from 'vitest';
import { buildTimeline } from '#core/timeline/build-timeline.js';
import { ASPECT_RATIOS, frameSizeFor } from '#core/video-quality.js';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { validScript } from '#core/test-scripts.js';
import { applyTemplate } from '#core/templates/template-style.js';
import { templateFromChannel } from '#core/templates/builtin-templates.js';
import { posterFrameFor } from './poster.js';
import { COMPOSITION_IDS, compositionIdFor, metadataFromProps, timelineToCompositionProps } from './props.js';

const timeline = buildTimeline(validScript({ channel: 'earth' }), BUILTIN_CHANNELS.earth);

describe('timelineToCompositionProps', () => {
  it('carries the timeline unchanged and takes duration, fps and size from it', () => {
    const props = timelineToCompositionProps(
      timeline,
      { width: 540, height: 960 },
      {
        musicUrl: 'http://127.0.0.1:1/a/music.mp3',
      },
    );
    expect(props.timeline).toEqual(timeline);
    expect(props.media).toEqual({ musicUrl: 'http://127.0.0.1:1/a/music.mp3', voiceOvers: [] });
    expect(metadataFromProps(props)).toEqual({
      durationInFrames: Math.round(timeline.durationSeconds * timeline.fps),
      fps: 30,
      width: 540,
      height: 960,
    });
  });

  it("drops the FFmpeg provider's channel picture: Remotion renders never draw it", () => {
    const withPicture = {
      ...timeline,
      style: { ...timeline.style, ffmpegChannelPicture: { version: '3-1700000000000' } },
    };
    const props = timelineToCompositionProps(withPicture, { width: 540, height: 960 });
    expect(props.timeline.style).toEqual(timeline.style);
  });

  it('keeps every field a template puts on the style (the composition reads them all)', () => {
    const base = templateFromChannel(BUILTIN_CHANNELS.earth);
    const template = {
      ...base,
      roles: {
        ...base.roles,
        point: { ...base.roles.point, entrance: 'burst' as const, emphasis: 'underline' as const },
      },
      captions: { style: 'plain' as const },
      music: { volume: 0.5 },
    };
    const channel = applyTemplate(BUILTIN_CHANNELS.earth, template, {
      fonts: [{ family: 'Poster', path: '/t/p.ttf' }],
      background: { kind: 'video', path: '/t/loop.mp4', durationSeconds: 2 },
    });
    const styled = buildTimeline(validScript({ channel: 'earth' }), channel);
    const props = timelineToCompositionProps(styled, { width: 540, height: 960 });
    expect(props.timeline.style).toEqual(styled.style);
    expect(props.timeline.style.layout?.point.entrance).toBe('burst');
  });

  it('survives a JSON round trip, as Remotion sends props to the page', () => {
    const props = timelineToCompositionProps(timeline, frameSizeFor('standard', '16:9'), {}, '/fonts');
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
  });

  it('names the bad field of a malformed timeline', () => {
    const broken = {
      ...timeline,
      style: { ...timeline.style, palette: { ...timeline.style.palette, text: 'white' } },
    };
    expect(() => timelineToCompositionProps(broken, { width: 10, height: 10 })).toThrow(
      /palette[\s\S]*text[\s\S]*#rrggbb/,
    );
  });
});

describe('compositionIdFor', () => {
  it('has one valid, distinct Remotion id per aspect ratio', () => {
    const ids = ASPECT_RATIOS.map(compositionIdFor);
    expect(new Set(ids).size).toBe(ASPECT_RATIOS.length);
    for (const id of ids) expect(id).toMatch(/^[a-zA-Z0-9-]+$/);
    expect(compositionIdFor('9:16')).toBe(COMPOSITION_IDS['9:16']);
  });
});

describe('posterFrameFor', () => {
  it('picks a frame inside the hook, after its entrance', () => {
    const props = timelineToCompositionProps(timeline, { width: 540, height: 960 });
    const hookFrames = Math.round(timeline.scenes[0]!.durationSeconds * 30);
    const frame = posterFrameFor(props);
    expect(frame).toBeLessThan(hookFrames);
    expect(frame).toBeGreaterThanOrEqual(Math.min(30, hookFrames - 1));
  });
});
