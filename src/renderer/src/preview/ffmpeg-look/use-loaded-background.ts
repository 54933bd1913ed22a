import { useEffect, useState } from 'react';
import type { LoadedBackground } from './ffmpeg-frame-painter.js';

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
      const image = new Image();
      image.onload = () => {
        if (live)
          setLoaded({
            kind: 'picture',
            picture: image,
            width: image.naturalWidth,
            height: image.naturalHeight,
          });
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
