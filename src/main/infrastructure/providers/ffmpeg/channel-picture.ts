import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { ProviderSettings } from '#core/config.js';
import { IMAGE_BACKGROUNDS, readFfmpegOptions } from './ffmpeg-options.js';

/**
 * The picture the FFmpeg render draws behind a channel's scenes (`providers.ffmpeg.options.
 * backgrounds`), as the preview needs it: main reads the current config on every call, the page
 * names a channel and never a path.
 */
export interface FfmpegChannelPictures {
  /**
   * The file config names for `channel`, resolved as the render's loadImage resolves it (against
   * the working folder); undefined when the channel has none or the render would not draw it
   * (wrong options, not a picture type). Not checked on disk: whoever serves it checks that.
   */
  pathOf(channel: string): string | undefined;
  /**
   * What a timeline sent to the page carries: the file's version (`<size>-<mtimeMs>`, one stat),
   * undefined when `pathOf` is, or when the file is not a regular file (the render reports that).
   */
  pictureOf(channel: string): { version: string } | undefined;
}

export function ffmpegChannelPictures(settings: () => ProviderSettings): FfmpegChannelPictures {
  const pathOf = (channel: string): string | undefined => {
    let backgrounds: Readonly<Record<string, string>> | undefined;
    try {
      backgrounds = readFfmpegOptions(settings().options).backgrounds;
    } catch {
      return undefined;
    }
    // Own keys only: "constructor" is a channel id a config may use, not Object's.
    const configured = backgrounds && Object.hasOwn(backgrounds, channel) ? backgrounds[channel] : undefined;
    if (!configured || !IMAGE_BACKGROUNDS.has(extname(configured).toLowerCase())) return undefined;
    return resolve(configured);
  };
  return {
    pathOf,
    pictureOf(channel) {
      const path = pathOf(channel);
      if (!path) return undefined;
      try {
        const file = statSync(path);
        return file.isFile() ? { version: `${file.size}-${file.mtimeMs}` } : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
