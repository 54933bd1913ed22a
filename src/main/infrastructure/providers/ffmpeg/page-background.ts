import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { ProviderSettings } from '#core/config.js';
import { pageImageUrl } from '../../templates/template-assets.js';
import { IMAGE_BACKGROUNDS, readFfmpegOptions } from './ffmpeg-options.js';

/**
 * The picture the FFmpeg render draws behind a channel's scenes (`providers.ffmpeg.options.
 * backgrounds`), as a `data:` URL for the preview: main reads the configured file, the page names
 * none. Undefined when the channel has none, or when the render would not draw it either (wrong
 * options, not a picture, no such file — the render reports those), or when it is larger than
 * PAGE_LOGO_MAX_BYTES (every library entry of the channel carries it). A file is read again only
 * when its size or modification time changes.
 */
export function ffmpegPageBackgrounds(
  settings: () => ProviderSettings,
): (channel: string) => string | undefined {
  const read = new Map<string, string | undefined>();
  return (channel) => {
    let configured: string | undefined;
    try {
      configured = readFfmpegOptions(settings().options).backgrounds?.[channel];
    } catch {
      return undefined;
    }
    if (!configured || !IMAGE_BACKGROUNDS.has(extname(configured).toLowerCase())) return undefined;
    // Resolved as the render's loadImage resolves it: against the working folder.
    const path = resolve(configured);
    let key: string;
    try {
      const file = statSync(path);
      if (!file.isFile()) return undefined;
      key = `${path}\n${file.size}\n${file.mtimeMs}`;
    } catch {
      return undefined;
    }
    if (!read.has(key)) {
      // One picture per channel at most: older versions of the files are forgotten.
      if (read.size >= 16) read.clear();
      read.set(key, pageImageUrl(path));
    }
    return read.get(key);
  };
}
