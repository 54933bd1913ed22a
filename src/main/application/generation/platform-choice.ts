import type { ConfigManager } from '#core/config.js';
import { RenderOptionError, ScriptValidationError } from '#core/errors.js';
import {
  isPlatformId,
  PLATFORM_CHOICES_TEXT,
  PLATFORM_PRESETS,
  platformLengthProblem,
  type PlatformId,
} from '#core/platform-presets.js';
import type { VideoJob } from '../job.js';
import type { PreparedScript } from '../script-intake.js';
import type { GenerateOptions } from './job-options.js';

/** Where a job's platform can come from, strongest first. */
export interface PlatformSources {
  /** Asked for with the job (`render --platform`, the render form). */
  readonly requested?: string;
  /** The platform the script names (`"platform"`), already checked by its parser. */
  readonly script?: PlatformId;
  /** `global.default_platform` in config. */
  readonly configDefault?: PlatformId;
}

/** The platform a job renders for: the request's, else the script's, else the config's, else generic. */
export function choosePlatform(sources: PlatformSources): PlatformId {
  const { requested } = sources;
  if (requested !== undefined) {
    const id = requested.trim().toLowerCase();
    if (!isPlatformId(id)) {
      throw new RenderOptionError('platform', `unknown platform (use ${PLATFORM_CHOICES_TEXT})`, {
        value: requested,
      });
    }
    return id;
  }
  return sources.script ?? sources.configDefault ?? 'generic';
}

/**
 * A job's options with its platform applied: a platform fixes the shape at 9:16 (an aspect ratio
 * asked for explicitly that disagrees is an error, the config's default is simply overridden), and
 * a script longer than the platform takes is refused before anything is queued, with the file,
 * the length and the limit. Generic leaves the options as they were (no `platform` recorded).
 */
export function applyPlatform(
  options: VideoJob['options'],
  prepared: PreparedScript,
  sources: PlatformSources & { readonly requestedAspectRatio?: string },
): VideoJob['options'] {
  const platform = choosePlatform(sources);
  if (platform === 'generic') return options;
  const preset = PLATFORM_PRESETS[platform];
  if (sources.requestedAspectRatio !== undefined && sources.requestedAspectRatio !== '9:16') {
    throw new RenderOptionError(
      'aspect',
      `does not fit ${preset.name}, which shows 9:16 videos; leave it out or use 9:16`,
      { value: sources.requestedAspectRatio },
    );
  }
  const problem = platformLengthProblem(prepared.timeline.durationSeconds, platform);
  if (problem !== undefined) {
    throw new ScriptValidationError({ file: prepared.script.source.name, field: 'length', message: problem });
  }
  return { ...options, aspectRatio: '9:16', platform };
}

/** A job's options with the platform applied: the request's, else the script's, else the config's. */
export function withPlatform(
  resolved: VideoJob['options'],
  options: GenerateOptions,
  prepared: PreparedScript,
  config: ConfigManager,
): VideoJob['options'] {
  return applyPlatform(resolved, prepared, {
    requested: options.platform,
    script: prepared.script.platform,
    configDefault: config.get().global.defaultPlatform,
    requestedAspectRatio: options.aspectRatio,
  });
}
