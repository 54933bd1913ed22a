/**
 * The environment ffmpeg renders run in: the caller's, plus one thread for OpenBLAS everywhere
 * and glibc malloc settings on Linux.
 *
 * Debian's ffmpeg links OpenBLAS (its speech filter's libsphinxbase needs BLAS), which starts a
 * thread per extra core as it loads and lets it spin (`sched_yield`) waiting for matrix work that
 * a render never gives it: ≈ 120 ms of CPU in each ffmpeg's first second (that thread's ticks in
 * `/proc`), taken from the other part's core while both parts start. One part of the 30 s sample,
 * alone, three alternating runs each: 5.66–5.74 → 5.54–5.64 s, CPU 5.88 → 5.62 s. With
 * `OPENBLAS_NUM_THREADS=1` it starts no such thread; a value the user set wins.
 *
 * A render's ffmpeg allocates ≈ 350 MB of frame buffers (x264's reference frames and lookahead,
 * the filter graph's copies of moving frames: 3 MB each at 1080×1920) and, left to glibc's
 * defaults, gives many of them back to the kernel and faults them in again page by page, zeroed:
 *  - `glibc.malloc.hugetlb=1` makes malloc ask for transparent huge pages (`madvise`), which the
 *    kernel's default `madvise` mode grants: one part's page faults ≈ 50,000 → 13,500, and TLB
 *    misses drop on every pass over a frame (one part of the 30 s sample: median 5.79 → 5.61 s);
 *  - a fixed `mmap_threshold` of 32 MiB keeps frame-sized blocks in the heap instead of a fresh
 *    `mmap` (zeroed pages) for each, and a high `trim_threshold` keeps freed heap memory for the
 *    next frame instead of returning it: faults ≈ 13,000 → 4,500, kernel time 0.45 → 0.2 s, and
 *    that part in ≈ 5.1 s instead of ≈ 5.8 s (median of four alternating runs each; README
 *    "Speed"). Peak memory stays the same (≈ 345 MB): the same buffers, reused.
 * None of this changes a byte of the output. A setting the user already gives in GLIBC_TUNABLES
 * wins; glibc before 2.35 ignores `hugetlb`, other C libraries the whole variable, and other
 * systems never see it.
 */
export function ffmpegEnvironment(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): NodeJS.ProcessEnv {
  const withBlas = env.OPENBLAS_NUM_THREADS === undefined ? { ...env, OPENBLAS_NUM_THREADS: '1' } : env;
  return platform === 'linux' ? withMallocTunables(withBlas) : withBlas;
}

function withMallocTunables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const current = env.GLIBC_TUNABLES?.trim() ?? '';
  const own = new Set(current.split(':').map((setting) => setting.split('=')[0]!.trim()));
  const added = MALLOC_TUNABLES.filter(([name]) => !own.has(name)).map(([name, value]) => `${name}=${value}`);
  if (added.length === 0) return env;
  return { ...env, GLIBC_TUNABLES: [current, ...added].filter(Boolean).join(':') };
}

/** glibc's largest allowed mmap threshold on 64-bit systems (above a 1080×1920 RGBA frame). */
const MMAP_THRESHOLD = 32 * 1024 * 1024;
/** Freed memory kept for reuse before any is returned to the kernel: more than a render touches. */
const TRIM_THRESHOLD = 1024 * 1024 * 1024;

const MALLOC_TUNABLES: readonly (readonly [string, string])[] = [
  ['glibc.malloc.hugetlb', '1'],
  ['glibc.malloc.mmap_threshold', String(MMAP_THRESHOLD)],
  ['glibc.malloc.trim_threshold', String(TRIM_THRESHOLD)],
];
