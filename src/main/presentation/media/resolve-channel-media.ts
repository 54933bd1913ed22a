import { realpath, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ChannelMediaAsset } from '#shared/loopback-protocol.js';
import { CHANNEL_ID_PATTERN } from '../../infrastructure/config/resolve-channels.js';
import type { ResolvedMedia } from './media-types.js';
import { pictureMimeType } from '#core/picture-types.js';

/** What channel media needs: the app's channels and the file the current config names for each. */
export interface ChannelMediaLookup {
  /** Whether `channelId`, exactly as written, is one of the app's channels now (built-in or configured). */
  hasChannel(channelId: string): boolean;
  /**
   * The picture `providers.ffmpeg.options.backgrounds` names for the channel in the current
   * config, resolved as the render resolves it; undefined when it names none (or no picture type).
   */
  backgroundOf(channelId: string): string | undefined;
}

/** Parses the asset segment of a channel media URL; undefined for anything but the known names. */
export function parseChannelMediaAsset(raw: string): ChannelMediaAsset | undefined {
  return raw === 'background' ? raw : undefined;
}

function decodedChannelId(rawSegment: string): string | undefined {
  try {
    const id = decodeURIComponent(rawSegment);
    return id.length <= 100 && CHANNEL_ID_PATTERN.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Resolves a channel media URL to the file the current config names for that channel and use,
 * refusing everything else. The page names a channel id and a use, never a path:
 *
 * 1. the id is a channel id (lower-case letters, digits, `-` and `_`) and the use a known one;
 * 2. it is one of the app's channels now (a built-in or one in config), exactly as written;
 * 3. the current config names a file for it (`providers.ffmpeg.options.backgrounds.<id>`),
 *    resolved against the working folder as the render resolves it;
 * 4. the extension, of the configured path and of the real one, is a picture type the render draws;
 * 5. the real path is a regular file.
 *
 * Undefined for every refusal: callers answer 404 without saying which rule failed.
 */
export async function resolveChannelMedia(
  channels: ChannelMediaLookup,
  rawChannelId: string,
  rawAsset: string,
): Promise<ResolvedMedia | undefined> {
  const id = decodedChannelId(rawChannelId);
  const asset = parseChannelMediaAsset(rawAsset);
  if (!id || !asset) return undefined;
  let path: string | undefined;
  try {
    if (!channels.hasChannel(id)) return undefined;
    path = channels.backgroundOf(id);
  } catch {
    return undefined;
  }
  if (!path) return undefined;
  // The only file types ever served: the pictures a render draws (core/picture-types.ts, the
  // FFmpeg backgrounds' IMAGE_BACKGROUNDS too). A config naming anything else gets nothing.
  const mimeType = pictureMimeType(extname(path).toLowerCase());
  if (!mimeType) return undefined;
  const real = await realpath(path).catch(() => undefined);
  if (!real || pictureMimeType(extname(real).toLowerCase()) !== mimeType) return undefined;
  const info = await stat(real).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  return { path: real, mimeType, size: info.size, dev: info.dev, ino: info.ino };
}
