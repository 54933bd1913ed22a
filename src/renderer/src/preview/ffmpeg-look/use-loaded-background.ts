import { useEffect, useState } from 'react';
import type { LoadedBackground } from './ffmpeg-frame-painter.js';

/** How many loaded pictures the page keeps (a few channels' pictures and templates' pictures). */
const KEPT_PICTURES = 4;
type LoadedPicture = Extract<LoadedBackground, { kind: 'picture' }>;
const pictures = new Map<string, LoadedPicture>();

/**
 * A picture this page loaded lately from `url`, made most recent. A served picture's URL changes
 * with its file (the channel picture's carries the file's version), so another script of the
 * same channel shows it at once, without loading it again.
 */
export function rememberedPicture(url: string): LoadedPicture | undefined {
  const picture = pictures.get(url);
  if (picture) {
    pictures.delete(url);
    pictures.set(url, picture);
  }
  return picture;
}

/** Keeps a loaded picture by URL, forgetting the least recently used beyond KEPT_PICTURES. */
export function rememberPicture(url: string, picture: LoadedPicture): void {
  pictures.delete(url);
  pictures.set(url, picture);
  for (const oldest of pictures.keys()) {
    if (pictures.size <= KEPT_PICTURES) break;
    pictures.delete(oldest);
  }
}

/**
 * Loads the background picture or video (see ffmpegPreviewBackground) from `url` for the painter; undefined until it
 * can be drawn (the painter draws the gradient meanwhile). The video element is never attached
 * to the document: the painter draws its current frame onto the canvas.
 */
export function useLoadedBackground(
  kind: 'image' | 'video' | undefined,
  url: string | undefined,
): LoadedBackground | undefined {
  const [loaded, setLoaded] = useState<LoadedBackground>();
  useEffect(() => {
    setLoaded(undefined);
    if (!kind || !url || typeof document === 'undefined') return undefined;
    let live = true;
    if (kind === 'image') {
      const remembered = rememberedPicture(url);
      if (remembered) {
        setLoaded(remembered);
        return undefined;
      }
      const image = new Image();
      image.onload = () => {
        const picture = {
          kind: 'picture',
          picture: image,
          width: image.naturalWidth,
          height: image.naturalHeight,
        } as const;
        rememberPicture(url, picture);
        if (live) setLoaded(picture);
      };
      image.src = url;
      return () => {
        live = false;
      };
    }
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.preload = 'auto';
    video.onloadeddata = () => {
      if (live) setLoaded({ kind: 'video', video });
    };
    video.src = url;
    return () => {
      live = false;
      // Stops the download and frees the decoder.
      video.removeAttribute('src');
      video.load();
    };
  }, [kind, url]);
  return loaded;
}
