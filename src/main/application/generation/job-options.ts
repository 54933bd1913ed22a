import type { ConfigManager } from '#core/config.js';
import { ReelforgeError, RenderOptionError } from '#core/errors.js';
import type { ProviderRegistry } from '#core/registry.js';
import type { VideoGenerationRequest } from '#core/request.js';
import { parseVoiceChoice } from '#core/narration/voice-choice.js';
import { isAspectRatio, isVideoQuality } from '#core/video-quality.js';
import type { VideoJob } from '../job.js';
import { outputBaseName } from '../output-naming.js';
import { choosePlatform } from './platform-choice.js';
import type { PreparedScript } from '../script-intake.js';

/** What a caller may choose per job; anything left out comes from the config. */
export interface GenerateOptions {
  readonly provider?: string;
  readonly quality?: string;
  readonly aspectRatio?: string;
  readonly channel?: string;
  readonly outputDir?: string;
  /** A publishing preset id (`render --platform`); over the script's and the config's. */
  readonly platform?: string;
  /** `"off"` or `"<provider>[:<voice>]"`, over the script's voice and the settings'. */
  readonly voice?: string;
  /** A template id (`render --template`); over the script's `"template"`. */
  readonly template?: string;
}

/** A job's options, complete: the caller's choices checked, the rest from the config. */
export function resolveJobOptions(
  options: GenerateOptions,
  config: ConfigManager,
  registry: ProviderRegistry,
): VideoJob['options'] {
  const global = config.get().global;
  const quality = options.quality ?? global.defaultQuality;
  if (!isVideoQuality(quality)) {
    throw new ReelforgeError(`unknown quality "${quality}" (use draft, standard, high or ultra)`);
  }
  const aspectRatio = options.aspectRatio ?? global.defaultAspectRatio;
  if (!isAspectRatio(aspectRatio)) {
    throw new ReelforgeError(`unknown aspect ratio "${aspectRatio}" (use 9:16, 1:1 or 16:9)`);
  }
  // An unknown platform is refused before the script is read, like an unknown quality.
  choosePlatform({ requested: options.platform });
  const provider = options.provider ?? global.defaultProvider;
  if (provider !== 'auto' && !registry.get(provider)) {
    const known = ['auto', ...registry.list().map((p) => p.id)];
    throw new ReelforgeError(`unknown provider "${provider}" (use one of: ${known.join(', ')})`);
  }
  if (options.voice !== undefined) {
    const voice = parseVoiceChoice(options.voice);
    if ('error' in voice) throw new RenderOptionError('voice', voice.error);
  }
  return {
    provider,
    quality,
    aspectRatio,
    channel: options.channel,
    outputDir: options.outputDir ?? global.outputDir,
    ...(options.voice !== undefined ? { voice: options.voice } : {}),
  };
}

/** A fresh queued job for a prepared script (not stored). */
export function newJobRecord(
  id: string,
  prepared: PreparedScript,
  options: VideoJob['options'],
  createdAt: string,
): VideoJob {
  return {
    id,
    status: 'queued',
    progress: 0,
    stage: 'queued',
    options,
    scriptName: prepared.input.name,
    scriptFormat: prepared.script.source.format,
    scriptContent: prepared.input.content,
    script: prepared.script,
    timeline: prepared.timeline,
    channel: prepared.script.channel,
    topic: prepared.script.topic,
    fallbackTrail: [],
    createdAt,
  };
}

/** What a provider is asked to render for a job. */
export function generationRequestFor(job: VideoJob): VideoGenerationRequest {
  return {
    jobId: job.id,
    script: job.script,
    timeline: job.timeline,
    quality: job.options.quality,
    aspectRatio: job.options.aspectRatio,
    outputDir: job.options.outputDir,
    outputBaseName: outputBaseName(job.topic, job.id, job.variant),
    requiredCapabilities: [],
    ...(job.options.platform ? { platform: job.options.platform } : {}),
    ...(job.variant !== undefined && job.variantGroup !== undefined
      ? { variant: { name: job.variant, group: job.variantGroup } }
      : {}),
  };
}
