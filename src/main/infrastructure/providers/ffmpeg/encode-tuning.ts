/**
 * How one render is split and threaded is a property of the machine (cores, cache, how x264 and
 * ffmpeg's filter thread share them), not of the core count alone: on one 2-core EPYC two parts
 * side by side were ≈ 9 % faster, on another of the same kind they gained nothing. So the provider
 * learns it: each candidate setting is tried on real renders (twice, in a fixed order that starts
 * with the usual best guess), its encode speed is recorded per machine, and from then on the
 * fastest is used while it keeps being measured. Pure: the samples live in the machine profile.
 */

/** Parts of the render encoded side by side, and x264 threads of each part. */
export interface EncodeSetting {
  readonly parts: number;
  readonly threadsPerPart: number;
}

/** Seconds of encoding per million output pixels (frames × width × height / 1e6); lower is faster. */
export type SpeedSample = number;

/** Recorded samples by setting key (see `settingKey`). */
export type TuningSamples = Readonly<Record<string, readonly SpeedSample[]>>;

/** Renders measured per candidate before the fastest is trusted. */
export const SAMPLES_TO_TRUST = 2;
/** Samples kept per setting: recent ones, so a machine that changes is followed. */
export const SAMPLES_KEPT = 5;

export function settingKey(setting: EncodeSetting): string {
  return `${setting.parts}x${setting.threadsPerPart}`;
}

/**
 * The settings worth trying on `cores` cores, the usual best guess first: one part with a thread
 * per core (x264's own default of 1.5 per core starves ffmpeg's filter thread on small machines,
 * but not on all), and two parts sharing the cores or each using all of them.
 */
export function candidateSettings(cores: number): EncodeSetting[] {
  const n = Math.max(1, Math.floor(cores));
  const list: EncodeSetting[] = [];
  const add = (setting: EncodeSetting) => {
    if (!list.some((s) => settingKey(s) === settingKey(setting))) list.push(setting);
  };
  if (n >= 2 && n <= 4) add({ parts: 2, threadsPerPart: Math.ceil(n / 2) });
  add({ parts: 1, threadsPerPart: n });
  add({ parts: 1, threadsPerPart: Math.ceil(n * 1.5) });
  if (n >= 2) {
    add({ parts: 2, threadsPerPart: Math.ceil(n / 2) });
    add({ parts: 2, threadsPerPart: n });
  }
  return list;
}

/**
 * The setting for the next render: the first candidate not yet measured `SAMPLES_TO_TRUST` times,
 * else the one with the lowest median speed.
 */
export function chooseSetting(candidates: readonly EncodeSetting[], samples: TuningSamples): EncodeSetting {
  if (candidates.length === 0) throw new Error('no encode settings to choose from');
  const untried = candidates.find((c) => (samples[settingKey(c)]?.length ?? 0) < SAMPLES_TO_TRUST);
  if (untried) return untried;
  let best = candidates[0]!;
  for (const candidate of candidates.slice(1)) {
    if (median(samples[settingKey(candidate)]!) < median(samples[settingKey(best)]!)) best = candidate;
  }
  return best;
}

/** The samples with one more for `setting`, keeping the last `SAMPLES_KEPT`. */
export function withSample(
  samples: TuningSamples,
  setting: EncodeSetting,
  sample: SpeedSample,
): TuningSamples {
  if (!(Number.isFinite(sample) && sample > 0)) return samples;
  const key = settingKey(setting);
  return { ...samples, [key]: [...(samples[key] ?? []), sample].slice(-SAMPLES_KEPT) };
}

/** Encode seconds per million output pixels. */
export function speedSample(seconds: number, frames: number, width: number, height: number): SpeedSample {
  return seconds / ((frames * width * height) / 1e6);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
