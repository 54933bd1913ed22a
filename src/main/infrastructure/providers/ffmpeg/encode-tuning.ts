/**
 * How one render is split and threaded is a property of the machine (cores, cache, how x264 and
 * ffmpeg's filter thread share them), not of the core count alone: on one 2-core EPYC two parts
 * side by side were ≈ 9 % faster, on another of the same kind they gained nothing. So the provider
 * learns it: each candidate setting is tried on real renders (twice, taking turns, starting with
 * the usual best guess), its encode speed is recorded per machine, and then the fastest is chosen
 * once and kept for this machine (CPU, cores, ffmpeg version, workload; another of any of them
 * learns again). Pure: the runs and the decision live in the machine profile.
 *
 * Taking turns and judging each setting by its best run, because on our VMs noise only ever adds
 * time (a first render loading ffmpeg's libraries from disk, a vCPU the host slows for seconds):
 * a 2-core Xeon tried 2x1 twice first and kept its cold first run in a two-run median (6.52 and
 * 5.82 s against 2x2's 6.19 and 5.89), chose 2x2, and then rendered the 30 s sample 0.5–0.7 s
 * slower than 2x1 in three of four alternating pairs of CLI renders.
 */

/** Parts of the render encoded side by side, and x264 threads of each part. */
export interface EncodeSetting {
  readonly parts: number;
  readonly threadsPerPart: number;
}

/**
 * One lone render's encode: how long it took, and its work in million output pixels of still
 * frames and of moving ones. Scripts differ in how much of them moves (a moving frame costs about
 * three still ones), so a bare seconds-per-pixel would compare scripts, not settings: speeds are
 * worked out from these with one moving-frame cost for all settings (`speedOf`).
 */
export interface EncodeRun {
  readonly seconds: number;
  readonly stillMpx: number;
  readonly movingMpx: number;
}

/** Recorded runs by setting key (see `settingKey`). */
export type TuningRuns = Readonly<Record<string, readonly EncodeRun[]>>;

/** Renders measured per candidate before the fastest is trusted. */
export const SAMPLES_TO_TRUST = 2;
/**
 * Recent measurements kept per setting: moving-frame costs and part shares, which every render
 * adds to, so a machine that changes is followed. Encode runs are recorded only while learning,
 * so no setting ever has more than `SAMPLES_TO_TRUST` of them; the bound only guards the file.
 */
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
 * The setting for the next render: `decided` (this machine's choice, made once) when there is one;
 * else the least-measured candidate not yet measured `SAMPLES_TO_TRUST` times (so they take
 * turns); else the one with the lowest best speed (seconds per still-frame-equivalent Mpx, a
 * moving frame counting `movingCost`), which the caller then keeps as the decision. Kept once
 * made: only the setting in use would go on being measured, so a choice made again after each
 * render would follow noise.
 */
export function chooseSetting(
  candidates: readonly EncodeSetting[],
  runs: TuningRuns,
  movingCost: number,
  decided?: string,
): EncodeSetting {
  if (candidates.length === 0) throw new Error('no encode settings to choose from');
  const kept = candidates.find((c) => settingKey(c) === decided);
  if (kept) return kept;
  const untried = untriedSetting(candidates, runs);
  if (untried) return untried;
  const speed = (c: EncodeSetting) => bestSpeed(runs[settingKey(c)]!, movingCost);
  let best = candidates[0]!;
  for (const candidate of candidates.slice(1)) if (speed(candidate) < speed(best)) best = candidate;
  return best;
}

/**
 * The candidate to measure next while learning, if any: of those measured fewer than
 * `SAMPLES_TO_TRUST` times, the first of the least measured — each is tried once before any twice.
 */
export function untriedSetting(
  candidates: readonly EncodeSetting[],
  runs: TuningRuns,
): EncodeSetting | undefined {
  const count = (c: EncodeSetting) => runs[settingKey(c)]?.length ?? 0;
  let next: EncodeSetting | undefined;
  for (const candidate of candidates) {
    if (count(candidate) < SAMPLES_TO_TRUST && (next === undefined || count(candidate) < count(next))) {
      next = candidate;
    }
  }
  return next;
}

/** A setting's speed: its fastest run (slower ones measured the machine's noise, not the setting). */
export function bestSpeed(runs: readonly EncodeRun[], movingCost: number): number {
  return Math.min(...runs.map((run) => speedOf(run, movingCost)));
}

/** The runs with one more for `setting`, keeping the last `SAMPLES_KEPT`. */
export function withRun(runs: TuningRuns, setting: EncodeSetting, run: EncodeRun): TuningRuns {
  const valid = Number.isFinite(run.seconds) && run.seconds > 0 && run.stillMpx >= 0 && run.movingMpx >= 0;
  if (!valid || run.stillMpx + run.movingMpx <= 0) return runs;
  const key = settingKey(setting);
  return { ...runs, [key]: [...(runs[key] ?? []), run].slice(-SAMPLES_KEPT) };
}

/** A run's work in million pixels of still frames and of moving ones (`still[f]` is 1 for a still frame). */
export function encodeRun(
  seconds: number,
  still: Uint8Array,
  width: number,
  height: number,
  skipped?: Uint8Array,
): EncodeRun {
  let stillFrames = 0;
  let movingFrames = 0;
  still.forEach((s, f) => {
    if (skipped?.[f]) return; // never encoded (hold-frames.ts)
    if (s) stillFrames += 1;
    else movingFrames += 1;
  });
  const mpx = (width * height) / 1e6;
  return { seconds, stillMpx: stillFrames * mpx, movingMpx: movingFrames * mpx };
}

/** Seconds per million still-frame-equivalent pixels; lower is faster. */
export function speedOf(run: EncodeRun, movingCost: number): number {
  return run.seconds / (run.stillMpx + movingCost * run.movingMpx);
}
