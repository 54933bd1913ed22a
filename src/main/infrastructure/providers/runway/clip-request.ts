import { createHash } from 'node:crypto';
import type { VideoGenerationRequest } from '#core/request.js';
import type { AspectRatio } from '#core/video-quality.js';
import { buildPrompt } from './prompt.js';
import { clipDurationFor, type RunwayOptions } from './runway-options.js';

export type RunwayRatio = '720:1280' | '1280:720';

/** The body of one `POST /v1/text_to_video`: everything that decides what the clip looks like. */
export interface ClipRequest {
  readonly model: string;
  readonly promptText: string;
  readonly ratio: RunwayRatio;
  readonly duration: number;
  readonly seed: number;
}

/**
 * Runway's text-to-video ratios are 720:1280 and 1280:720. A square video takes the portrait clip
 * (equally close, and the app's own shape) and the composition crops it to the square.
 */
export function ratioFor(aspectRatio: AspectRatio): RunwayRatio {
  return aspectRatio === '16:9' ? '1280:720' : '720:1280';
}

/**
 * A seed derived from the rest of the request, so the same scene asks for the same clip every
 * time (and hits the cache) unless `providers.runway.seed` pins one for all.
 */
export function derivedSeed(parts: Omit<ClipRequest, 'seed'>): number {
  const digest = createHash('sha256')
    .update(JSON.stringify([parts.model, parts.promptText, parts.ratio, parts.duration]))
    .digest();
  return digest.readUInt32BE(0);
}

/** Content address of a clip: the same request always maps to the same cached file. */
export function clipCacheKey(clip: ClipRequest): string {
  const canonical = JSON.stringify([clip.model, clip.promptText, clip.ratio, clip.duration, clip.seed]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * One clip request per scene. A clip covers its scene plus the next scene's transition (during
 * which it still plays underneath), rounded up to a duration the model accepts; a longer scene
 * loops its clip in the composition.
 */
export function clipRequestsFor(request: VideoGenerationRequest, options: RunwayOptions): ClipRequest[] {
  const { timeline } = request;
  const channel = options.channels[timeline.channel];
  const template = channel?.promptTemplate ?? options.promptTemplate;
  const ratio = ratioFor(request.aspectRatio);
  return timeline.scenes.map((scene, i) => {
    const tail = timeline.scenes[i + 1]?.transitionIn?.durationSeconds ?? 0;
    const parts = {
      model: options.model,
      promptText: buildPrompt({ scene, timeline, template, mood: channel?.mood }),
      ratio,
      duration: clipDurationFor(options.model, scene.durationSeconds + tail),
    };
    return { ...parts, seed: options.seed ?? derivedSeed(parts) };
  });
}
