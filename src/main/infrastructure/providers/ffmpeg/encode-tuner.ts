import { threadsFor, type ThreadSettings } from './encoder-options.js';
import {
  candidateSettings,
  chooseSetting,
  SAMPLES_KEPT,
  settingKey,
  withSample,
  type EncodeSetting,
  type SpeedSample,
} from './encode-tuning.js';
import type { FfmpegProviderOptions } from './ffmpeg-options.js';
import { machineTuningKey, type MachineProfile } from './machine-profile.js';
import { balancedFirstShare, firstShareFrom, partsFor } from './render-parts.js';

/** The parts and threads of one render and how to record how fast it went. */
export interface ChosenEncode {
  readonly setting: EncodeSetting;
  /** Threads of the whole render (parts share them). */
  readonly threads: ThreadSettings;
  /** Records the encode speed of this setting; a no-op for a configured one. */
  readonly learn: (sample: SpeedSample) => void;
  /** With two parts: the share of the frames the first takes (learned, see render-parts.ts). */
  readonly firstShare: number;
  /** Records how long each of two parts took, at `firstShare`. */
  readonly learnShare: (firstSeconds: number, secondSeconds: number) => void;
}

/**
 * Chooses each render's parts and threads from the machine profile (see encode-tuning.ts) and
 * records the speed of encodes that ran alone: two at once share the cores, so their speeds say
 * nothing about either setting.
 */
export class EncodeTuner {
  readonly #running = new Set<symbol>();
  readonly #overlapped = new Set<symbol>();

  constructor(
    private readonly profile: MachineProfile,
    private readonly cores: number,
  ) {}

  /** As configured (`providers.ffmpeg.parts` / `threads`), else what this machine measured fastest. */
  settingFor(options: FfmpegProviderOptions, ffmpegVersion: string, workload: string): ChosenEncode {
    const filter = threadsFor(this.cores).filter;
    const key = machineTuningKey(ffmpegVersion, workload);
    if (options.parts !== undefined || options.threads !== undefined) {
      const parts = options.parts ?? partsFor(this.cores);
      const encoder = options.threads ?? threadsFor(this.cores).encoder;
      const setting = { parts, threadsPerPart: Math.max(1, Math.floor(encoder / parts)) };
      return { setting, threads: { encoder, filter }, learn: () => {}, ...this.#shareFor(key, setting) };
    }
    const setting = chooseSetting(candidateSettings(this.cores), this.profile.tuning(key));
    return {
      setting,
      threads: { encoder: setting.threadsPerPart * setting.parts, filter },
      learn: (sample) =>
        this.profile.rememberTuning(key, withSample(this.profile.tuning(key), setting, sample)),
      ...this.#shareFor(key, setting),
    };
  }

  /** The learned first-part share for this setting, and how to learn from one more render. */
  #shareFor(key: string, setting: EncodeSetting): Pick<ChosenEncode, 'firstShare' | 'learnShare'> {
    const shareKey = `${key} | ${settingKey(setting)}`;
    const firstShare = firstShareFrom(this.profile.partShares(shareKey));
    return {
      firstShare,
      learnShare: (firstSeconds, secondSeconds) => {
        const balanced = balancedFirstShare(firstShare, firstSeconds, secondSeconds);
        const recent = [...this.profile.partShares(shareKey), balanced].slice(-SAMPLES_KEPT);
        this.profile.rememberPartShares(shareKey, recent);
      },
    };
  }

  /** Marks an encode as running; pass the token to `end`. */
  begin(): symbol {
    const token = Symbol('encode');
    if (this.#running.size > 0) {
      for (const other of this.#running) this.#overlapped.add(other);
      this.#overlapped.add(token);
    }
    this.#running.add(token);
    return token;
  }

  /** Ends an encode; true when no other encode ran beside it at any time (only then learn from it). */
  end(token: symbol): boolean {
    const alone = this.#running.has(token) && !this.#overlapped.has(token);
    this.#running.delete(token);
    this.#overlapped.delete(token);
    return alone;
  }
}
