import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { TuningRuns } from './encode-tuning.js';

/**
 * What the FFmpeg provider learned about this machine, kept in one small JSON file so a one-shot
 * CLI render does not pay for it again: the version of each ffmpeg binary (by path, size and
 * modification time — `ffmpeg -version` costs ≈ 0.1–0.2 s per process) and the encode speed of
 * each split/thread setting (see encode-tuning.ts), how to share frames between two parts and
 * what a moving frame costs against a still one, per
 * CPU model, core count, ffmpeg version and quality. Without a folder (tests, embedding) it lives in memory only. A damaged or foreign
 * file is ignored and rewritten: everything in it can be measured again.
 */
export class MachineProfile {
  readonly #file: string | undefined;
  #data: ProfileData;

  constructor(cacheDir: string | undefined) {
    this.#file = cacheDir === undefined ? undefined : join(cacheDir, PROFILE_FILE);
    this.#data = this.#read();
  }

  /** The version recorded for this exact binary, or undefined. */
  version(binaryPath: string): string | undefined {
    const key = binaryKey(binaryPath);
    return key === undefined ? undefined : this.#data.versions[key];
  }

  rememberVersion(binaryPath: string, version: string): void {
    const key = binaryKey(binaryPath);
    if (key === undefined) return;
    this.#update((data) => ({ ...data, versions: { ...data.versions, [key]: version } }));
  }

  /** Every machine/version/quality key with its runs (for the benchmark's report). */
  allEncodeRuns(): Readonly<Record<string, TuningRuns>> {
    return this.#data.encodeRuns;
  }

  encodeRuns(key: string): TuningRuns {
    return this.#data.encodeRuns[key] ?? {};
  }

  rememberEncodeRuns(key: string, runs: TuningRuns): void {
    this.#update((data) => ({ ...data, encodeRuns: { ...data.encodeRuns, [key]: runs } }));
  }

  /** The setting (`settingKey`) last chosen from measurements for this key. */
  chosenSetting(key: string): string | undefined {
    return this.#data.chosen[key];
  }

  rememberChosenSetting(key: string, setting: string): void {
    if (this.#data.chosen[key] === setting) return;
    this.#update((data) => ({ ...data, chosen: { ...data.chosen, [key]: setting } }));
  }

  /** Recent first-part shares that would have finished two parts together (see render-parts.ts). */
  partShares(key: string): readonly number[] {
    return this.#data.partShares[key] ?? [];
  }

  rememberPartShares(key: string, shares: readonly number[]): void {
    this.#update((data) => ({ ...data, partShares: { ...data.partShares, [key]: [...shares] } }));
  }

  /** Recent measured costs of a moving frame relative to a still one (see part-costs.ts). */
  movingCosts(key: string): readonly number[] {
    return this.#data.movingCosts[key] ?? [];
  }

  rememberMovingCosts(key: string, costs: readonly number[]): void {
    this.#update((data) => ({ ...data, movingCosts: { ...data.movingCosts, [key]: [...costs] } }));
  }

  /** Re-reads first so two processes that render at once both keep their samples (last write wins per key). */
  #update(change: (data: ProfileData) => ProfileData): void {
    this.#data = change(this.#read());
    if (this.#file === undefined) return;
    try {
      mkdirSync(join(this.#file, '..'), { recursive: true });
      const temp = `${this.#file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(this.#data, null, 2));
      renameSync(temp, this.#file);
    } catch {
      // A profile that cannot be saved is measured again next time; the render is unaffected.
    }
  }

  #read(): ProfileData {
    if (this.#file === undefined) return this.#data ?? emptyProfile();
    try {
      return profileSchema.parse(JSON.parse(readFileSync(this.#file, 'utf8')));
    } catch {
      return this.#data ?? emptyProfile();
    }
  }
}

export const PROFILE_FILE = 'machine-profile.json';

/**
 * Bumped when what a learned setting measured changes, so every machine learns again: 2 = ffmpeg
 * without huge pages (ffmpeg-environment.ts), candidates taking turns and judged by their best run;
 * 3 = holds left to skipped frames (hold-frames.ts): far fewer still frames per render reach x264.
 */
const TUNING_GENERATION = 3;

/** The tuning key of this machine for one ffmpeg version and workload (quality, burned-in captions). */
export function machineTuningKey(ffmpegVersion: string, workload: string): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${model} | ${availableParallelism()} cores | ${ffmpegVersion} | tuning ${TUNING_GENERATION} | ${workload}`;
}

const profileSchema = z.object({
  versions: z.record(z.string(), z.string()),
  // Profiles from before runs were recorded with their still and moving work kept bare
  // seconds-per-pixel samples under "tuning": those compared scripts, not settings, and are dropped.
  encodeRuns: z
    .record(
      z.string(),
      z.record(
        z.string(),
        z.array(z.object({ seconds: z.number(), stillMpx: z.number(), movingMpx: z.number() })),
      ),
    )
    .default({}),
  chosen: z.record(z.string(), z.string()).default({}),
  // Added later: profiles written before it read as empty here.
  partShares: z.record(z.string(), z.array(z.number())).default({}),
  movingCosts: z.record(z.string(), z.array(z.number())).default({}),
});
interface ProfileData {
  readonly versions: Readonly<Record<string, string>>;
  readonly encodeRuns: Readonly<Record<string, TuningRuns>>;
  readonly chosen: Readonly<Record<string, string>>;
  readonly partShares: Readonly<Record<string, readonly number[]>>;
  readonly movingCosts: Readonly<Record<string, readonly number[]>>;
}

function emptyProfile(): ProfileData {
  return { versions: {}, encodeRuns: {}, chosen: {}, partShares: {}, movingCosts: {} };
}

/** A binary's identity: a replaced or upgraded file has another size or time. */
function binaryKey(path: string): string | undefined {
  try {
    const { size, mtimeMs } = statSync(path);
    return `${path} | ${size} | ${Math.round(mtimeMs)}`;
  } catch {
    return undefined;
  }
}
