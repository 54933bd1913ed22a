import { describe, expect, it } from 'vitest';
import {
  coverRect,
  drawChannelPicture,
  drawCoverPicture,
  ffmpegBackgroundKind,
  templateBlurPx,
  type PictureCanvas,
} from './cover-picture.js';

function recordingCanvas(): PictureCanvas<string> & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    filter: 'none',
    fillStyle: '',
    drawImage(picture, x, y, w, h) {
      calls.push(`draw ${picture} ${x},${y} ${w}x${h} filter=${this.filter}`);
    },
    fillRect(x, y, w, h) {
      calls.push(`fill ${String(this.fillStyle)} ${x},${y} ${w}x${h}`);
    },
  };
}

describe('cover pictures', () => {
  it('covers the frame: a landscape picture is scaled to the height and centred, its sides cut', () => {
    expect(coverRect({ width: 1920, height: 1080 }, { width: 1080, height: 1920 })).toEqual({
      x: (1080 - 3413.333333333333) / 2,
      y: 0,
      width: 3413.333333333333,
      height: 1920,
    });
    expect(coverRect({ width: 100, height: 400 }, { width: 1080, height: 1920 })).toMatchObject({
      x: 0,
      width: 1080,
      height: 4320,
    });
  });

  it('blurs only the picture and darkens the whole frame by dim', () => {
    const ctx = recordingCanvas();
    drawCoverPicture(ctx, 'pic', { width: 540, height: 960 }, { width: 1080, height: 1920 }, 6, 0.4);
    expect(ctx.calls).toEqual([
      'draw pic 0,0 1080x1920 filter=blur(6px)',
      'fill rgba(0, 0, 0, 0.4) 0,0 1080x1920',
    ]);
    expect(ctx.filter).toBe('none');
  });

  it('draws the picture plainly without blur or dim', () => {
    const ctx = recordingCanvas();
    drawCoverPicture(ctx, 'pic', { width: 1080, height: 1920 }, { width: 540, height: 960 });
    expect(ctx.calls).toEqual(['draw pic 0,0 540x960 filter=none']);
  });

  it('scales the blur with the frame: pixels of a 1080 px frame', () => {
    expect(templateBlurPx(12, { width: 1080, height: 1920 })).toBe(12);
    expect(templateBlurPx(12, { width: 540, height: 960 })).toBe(6);
  });

  it("draws a channel picture covering the frame under the palette's first background at 45 %", () => {
    const ctx = recordingCanvas();
    drawChannelPicture(
      ctx,
      'pic',
      { width: 540, height: 540 },
      { width: 540, height: 960 },
      {
        background: ['#102030', '#ffffff'],
      },
    );
    expect(ctx.calls).toEqual([
      'draw pic -210,0 960x960 filter=none',
      'fill rgba(16, 32, 48, 0.45) 0,0 540x960',
    ]);
  });
});

describe("the FFmpeg render's background precedence", () => {
  const image = { kind: 'image' } as const;
  const video = { kind: 'video' } as const;

  it("a template's picture or video wins over the channel picture of the provider options", () => {
    expect(ffmpegBackgroundKind({ backgroundMedia: image }, true)).toBe('template-picture');
    expect(ffmpegBackgroundKind({ backgroundMedia: video }, true)).toBe('template-video');
  });

  it('the channel picture replaces the gradient; without one the gradient is drawn', () => {
    expect(ffmpegBackgroundKind({}, true)).toBe('channel-picture');
    expect(ffmpegBackgroundKind({}, false)).toBe('gradient');
  });
});
