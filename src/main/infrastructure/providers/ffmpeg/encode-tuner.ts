import { threadsFor, type ThreadSettings } from './encoder-options.js';
import {
  bestSpeed,
  candidateSettings,
  chooseSetting,
  SAMPLES_KEPT,
  settingKey,
  untriedSetting,
  withRun,
  type EncodeRun,
  type EncodeSetting,
  type TuningRuns,
} from './encode-tuning.js';
import type { FfmpegProviderOptions } from './ffmpeg-options.js';
import { machineTuningKey, type MachineProfile } from './machine-profile.js';
import { DEFAULT_MOVING_COST } from './part-costs.js';
import { balancedFirstShare, firstShareFrom, medianOf, partsFor, shareSample } from './render-parts.js';

/** The parts and threads of one render and how to record how fast it went. */
export interface ChosenEncode {
  readonly setting: EncodeSetting;
  /** Threads of the whole render (parts share them). */
  readonly threads: ThreadSettings;
  /** Records how long this setting took on a render's work while the machine is being learned. */
  readonly learn: (run: EncodeRun) => void;
  /** With two parts: the share of the frames the first takes (learned, see render-parts.ts). */
  readonly firstShare: number;
  /**
   * Records how long each of two parts took when the first had `share` of the work (the cut lands
   * on a still frame near `firstShare`, so the share it got is passed in).
   */
  readonly learnShare: (share: number, firstSeconds: number, secondSeconds: number) => void;
  /** A moving frame's cost in still frames, measured on this machine (see part-costs.ts). */
  readonly movingCost: number;
  /** Records one render's measured moving-frame cost. */
  readonly learnMovingCost: (cost: number) => void;
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
      return {
        setting,
        threads: { encoder, filter },
        learn: () => {},
        ...this.#shareFor(key, setting),
        ...this.#movingCostFor(key, setting),
      };
    }
    const { setting, learning } = this.#learned(key);
    // Once every candidate is measured, the choice is kept for this machine (a no-op when it is).
    if (!learning) this.profile.rememberChosenSetting(key, settingKey(setting));
    return {
      setting,
      threads: { encoder: setting.threadsPerPart * setting.parts, filter },
      learn: (run) => {
        if (learning)
          this.profile.rememberEncodeRuns(key, withRun(this.profile.encodeRuns(key), setting, run));
      },
      ...this.#shareFor(key, setting),
      ...this.#movingCostFor(key, setting),
    };
  }

  /**
   * What was learned under a tuning key (for the benchmark's report): the setting the next render
   * will use and whether it is still being tried; each setting's best speed in seconds per
   * still-frame-equivalent Mpx (what the choice compares); and the moving-frame cost used.
   */
  summary(key: string): {
    next: string;
    learning: boolean;
    speeds: Record<string, number>;
    movingCost: number;
  } {
    const { setting, learning, runs, movingCost } = this.#learned(key);
    const speeds: Record<string, number> = {};
    for (const [tried, list] of Object.entries(runs)) {
      speeds[tried] = bestSpeed(list, movingCost);
    }
    return { next: settingKey(setting), learning, speeds, movingCost };
  }

  /** The learned state under a tuning key: the runs so far, and the setting they lead to. */
  #learned(key: string): { setting: EncodeSetting; learning: boolean; runs: TuningRuns; movingCost: number } {
    const candidates = candidateSettings(this.cores);
    const runs = this.profile.encodeRuns(key);
    const movingCost = this.#machineMovingCost(key, candidates);
    const setting = chooseSetting(candidates, runs, movingCost, this.profile.chosenSetting(key));
    return { setting, learning: untriedSetting(candidates, runs) !== undefined, runs, movingCost };
  }

  /**
   * One moving-frame cost to compare all settings by: the median of those measured with any of
   * them (two-part renders measure it), else the default.
   */
  #machineMovingCost(key: string, candidates: readonly EncodeSetting[]): number {
    const measured = candidates.flatMap((c) => this.profile.movingCosts(`${key} | ${settingKey(c)}`));
    return measured.length === 0 ? DEFAULT_MOVING_COST : medianOf(measured);
  }

  /** The median of the recently measured moving-frame costs for this setting (threads change it). */
  #movingCostFor(key: string, setting: EncodeSetting): Pick<ChosenEncode, 'movingCost' | 'learnMovingCost'> {
    const costKey = `${key} | ${settingKey(setting)}`;
    const recent = this.profile.movingCosts(costKey);
    return {
      movingCost: recent.length === 0 ? DEFAULT_MOVING_COST : medianOf(recent),
      learnMovingCost: (cost) =>
        this.profile.rememberMovingCosts(costKey, [...recent, cost].slice(-SAMPLES_KEPT)),
    };
  }

  /** The learned first-part share for this setting, and how to learn from one more render. */
  #shareFor(key: string, setting: EncodeSetting): Pick<ChosenEncode, 'firstShare' | 'learnShare'> {
    const shareKey = `${key} | ${settingKey(setting)}`;
    const firstShare = firstShareFrom(this.profile.partShares(shareKey));
    return {
      firstShare,
      learnShare: (share, firstSeconds, secondSeconds) => {
        const balanced = shareSample(firstShare, balancedFirstShare(share, firstSeconds, secondSeconds));
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
