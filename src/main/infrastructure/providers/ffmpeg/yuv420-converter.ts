import type { Yuv420Converter } from './background-cache.js';
import type { FfmpegBinaries } from './binary-discovery.js';
import { runFfmpeg } from './ffmpeg-adapter.js';

/**
 * ffmpeg's RGBA → YUV 4:2:0 conversion of one raw picture, with the same scaler defaults a render's
 * `format=yuv420p` uses, so the cached picture is what the render would have made from the RGBA.
 */
export function yuv420Converter(binaries: FfmpegBinaries, signal: AbortSignal): Yuv420Converter {
  return async (rgbaPath, size, yuvPath) => {
    await runFfmpeg(
      binaries,
      {
        inputs: [
          {
            path: rgbaPath,
            options: ['-f', 'rawvideo', '-pix_fmt', 'rgba', '-video_size', `${size.width}x${size.height}`],
          },
        ],
        outputs: [{ path: yuvPath, options: ['-vf', 'format=yuv420p', '-f', 'rawvideo', '-frames:v', '1'] }],
      },
      { signal },
    );
  };
}
