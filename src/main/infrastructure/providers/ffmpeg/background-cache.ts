import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChannelPalette } from '#core/channel.js';
import type { FrameSize } from '#core/video-quality.js';
import { gradientDrawingSource, writeGradientBackground } from './canvas-images.js';
import type { ImageSource } from './render-plan.js';

/**
 * Turns a raw RGBA picture into raw planar YUV 4:2:0 with ffmpeg's own conversion (the one a render
 * would otherwise run on every start), so a cached file is exactly the frames ffmpeg would make.
 */
export type Yuv420Converter = (rgbaPath: string, size: FrameSize, yuvPath: string) => Promise<void>;

/**
 * Drawn gradient backgrounds kept between renders. A background depends only on the palette, the
 * frame size and the scene's position, yet drawing one and reading its pixels back costs
 * ≈ 25–60 ms of CPU per 1080×1920 scene and 8 MB of garbage, before ffmpeg can start: a one-shot
 * CLI render of a channel already rendered once skips all of it. The key includes the drawing
 * code itself, so a changed look never comes from an old file. Only the `maxFiles` most recently
 * used are kept. With a converter the file is kept as YUV 4:2:0 (≈ 3 MB at 1080×1920 instead of
 * 8 MB of RGBA), converted once by ffmpeg: each part of each render then reads 60 % less and skips
 * the RGBA→YUV conversion, ≈ 50 ms less before a part's first frame (README "Speed"). The frames
 * are the same bit for bit (test/ffmpeg/background-yuv.test.ts).
 */
export class BackgroundCache {
  constructor(
    private readonly dir: string,
    // ≈ 200 MB at 1080×1920 in YUV: every scene of the four built-in channels' longer scripts.
    private readonly maxFiles = 64,
  ) {}

  async gradient(
    palette: ChannelPalette,
    frame: FrameSize,
    sceneIndex: number,
    toYuv420?: Yuv420Converter,
  ): Promise<ImageSource> {
    const extension = toYuv420 ? 'yuv' : 'rgba';
    const path = join(this.dir, `${gradientKey(palette, frame, sceneIndex)}.${extension}`);
    const raw = toYuv420
      ? { width: frame.width, height: frame.height, pixelFormat: 'yuv420p' as const }
      : { width: frame.width, height: frame.height };
    const bytes = toYuv420 ? (frame.width * frame.height * 3) / 2 : frame.width * frame.height * 4;
    if (await hasSize(path, bytes)) {
      const now = new Date();
      await utimes(path, now, now).catch(() => undefined);
      return { path, raw };
    }
    await mkdir(this.dir, { recursive: true });
    // Another process may draw the same file at the same time: each writes its own temp file
    // and the rename is atomic, so ffmpeg never sees half a picture.
    const temp = `${path}.${process.pid}.${sceneIndex}.tmp`;
    const drawn = toYuv420 ? `${temp}.rgba` : temp;
    try {
      await writeGradientBackground(palette, frame, sceneIndex, drawn);
      if (toYuv420) await toYuv420(drawn, frame, temp);
      await rename(temp, path);
    } finally {
      await Promise.all([rm(temp, { force: true }), rm(drawn, { force: true })]);
    }
    await this.#evict(path);
    return { path, raw };
  }

  /** Removes the least recently used files beyond `maxFiles` (never the one just written). */
  async #evict(keep: string): Promise<void> {
    try {
      const names = (await readdir(this.dir)).filter((n) => n.endsWith('.rgba') || n.endsWith('.yuv'));
      if (names.length <= this.maxFiles) return;
      const files = await Promise.all(
        names.map(async (name) => {
          const path = join(this.dir, name);
          return { path, used: (await stat(path).catch(() => undefined))?.mtimeMs ?? 0 };
        }),
      );
      files.sort((a, b) => b.used - a.used);
      for (const { path } of files.slice(this.maxFiles)) if (path !== keep) await rm(path, { force: true });
    } catch {
      // A cache that cannot be trimmed is trimmed next time.
    }
  }
}

/** What a gradient background depends on, hashed: palette, size, scene position and drawing code. */
export function gradientKey(palette: ChannelPalette, frame: FrameSize, sceneIndex: number): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        background: palette.background,
        primary: palette.primary,
        accent: palette.accent,
        width: frame.width,
        height: frame.height,
        sceneIndex,
        code: gradientDrawingSource(),
      }),
    )
    .digest('hex')
    .slice(0, 32);
}

async function hasSize(path: string, bytes: number): Promise<boolean> {
  try {
    return (await stat(path)).size === bytes;
  } catch {
    return false;
  }
}
