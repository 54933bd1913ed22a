import { access, constants } from 'node:fs/promises';
import { ProviderError } from '#core/errors.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import type { CompositionMedia } from '#remotion/props.js';
import type { MediaServer } from './media-server.js';

export interface RegisteredMedia {
  /** The media part of the composition props: URLs on the media server. */
  readonly props: CompositionMedia;
  release(): void;
}

/**
 * Puts a timeline's music and voice-overs on the media server. A file that cannot be read is
 * reported with its path and what it was for, before any browser work starts.
 */
export async function registerTimelineMedia(
  timeline: VideoTimeline,
  server: MediaServer,
): Promise<RegisteredMedia> {
  const wanted: {
    path: string;
    what: string;
    sceneIndex?: number;
    logo?: true;
    background?: true;
    fontFamily?: string;
  }[] = [];
  if (timeline.musicPath !== undefined)
    wanted.push({ path: timeline.musicPath, what: 'music (media.music)' });
  if (timeline.style.logo !== undefined)
    wanted.push({ path: timeline.style.logo.path, what: 'template logo (logo.file)', logo: true });
  if (timeline.style.backgroundMedia !== undefined)
    wanted.push({
      path: timeline.style.backgroundMedia.path,
      what: 'template background (background.file)',
      background: true,
    });
  for (const font of timeline.style.fontFiles ?? [])
    wanted.push({
      path: font.path,
      what: `template font "${font.family}" (fonts.files)`,
      fontFamily: font.family,
    });
  for (const scene of timeline.scenes) {
    if (scene.voiceOverPath !== undefined) {
      wanted.push({
        path: scene.voiceOverPath,
        what: `voice-over of scene ${scene.index + 1} (${scene.role})`,
        sceneIndex: scene.index,
      });
    }
  }
  for (const item of wanted) {
    try {
      await access(item.path, constants.R_OK);
    } catch {
      throw new ProviderError('remotion', `${item.what} file ${item.path} does not exist or cannot be read`, {
        code: 'media_missing',
      });
    }
  }
  const releases: (() => void)[] = [];
  let musicUrl: string | undefined;
  let logoUrl: string | undefined;
  let backgroundUrl: string | undefined;
  const voiceOvers: { sceneIndex: number; url: string }[] = [];
  const fontUrls: { family: string; url: string }[] = [];
  for (const item of wanted) {
    const { url, release } = await server.register(item.path);
    releases.push(release);
    if (item.fontFamily !== undefined) fontUrls.push({ family: item.fontFamily, url });
    else if (item.logo) logoUrl = url;
    else if (item.background) backgroundUrl = url;
    else if (item.sceneIndex === undefined) musicUrl = url;
    else voiceOvers.push({ sceneIndex: item.sceneIndex, url });
  }
  return {
    props: {
      ...(musicUrl !== undefined ? { musicUrl } : {}),
      ...(logoUrl !== undefined ? { logoUrl } : {}),
      ...(backgroundUrl !== undefined ? { backgroundUrl } : {}),
      voiceOvers,
      ...(fontUrls.length > 0 ? { fontUrls } : {}),
    },
    release: () => releases.forEach((release) => release()),
  };
}
