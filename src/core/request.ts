import type { ProviderCapability } from './capability.js';
import type { PlatformId } from './platform-presets.js';
import type { VideoScript } from './script.js';
import type { VideoTimeline } from './timeline/video-timeline.js';
import type { VariantTag } from './variants/script-variant.js';
import type { AspectRatio, VideoQuality } from './video-quality.js';

/** Everything a provider needs to render one video. */
export interface VideoGenerationRequest {
  readonly jobId: string;
  readonly script: VideoScript;
  readonly timeline: VideoTimeline;
  readonly quality: VideoQuality;
  readonly aspectRatio: AspectRatio;
  /** Folder the finished files go to. */
  readonly outputDir: string;
  /** File name without extension, unique per job. */
  readonly outputBaseName: string;
  readonly requiredCapabilities: readonly ProviderCapability[];
  /** The publishing preset: frame, safe zone, bitrate cap, loudness. Undefined: generic. */
  readonly platform?: PlatformId;
  /** Set when the job renders an A/B variant; written into the video's metadata. */
  readonly variant?: VariantTag;
}
