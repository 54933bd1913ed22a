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
 * defaults, gives many of them back to the kernel and faults them in again page by page, zeroed.
 * A fixed `mmap_threshold` of 32 MiB keeps frame-sized blocks in the heap instead of a fresh `mmap`
 * (zeroed pages) for each, and a high `trim_threshold` keeps freed heap memory for the next frame
 * instead of returning it: the same buffers, reused; peak memory stays ≈ 345 MB.
 *
 * Huge pages (`glibc.malloc.hugetlb=1`) are deliberately not asked for, though they once measured
 * faster (one part alone on a 2-core EPYC: 5.79 → 5.61 s): our machines are VMs whose balloon
 * reports free 2 MiB blocks back to the host, and a huge page is exactly such a block, so each one
 * faults in from the host again (touching fresh memory there: ≈ 2.7 s per GB of kernel time). On
 * a 2-core Xeon of the same kind the two parts of the 30 s sample, replayed side by side, took
 * 6.0–6.75 s each with huge pages (kernel time 0.4–0.8 s a part) and 5.66–5.82 s without (0.1 s);
 * a machine whose free memory is already backed gains a few percent from them, one that is not
 * loses up to 15 %, and which one a user has cannot be told beforehand.
 *
 * None of this changes a byte of the output. A setting the user already gives in GLIBC_TUNABLES
 * wins (`glibc.malloc.hugetlb=1` there turns huge pages on); other C libraries ignore the
 * variable, and other systems never see it.
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
  ['glibc.malloc.mmap_threshold', String(MMAP_THRESHOLD)],
  ['glibc.malloc.trim_threshold', String(TRIM_THRESHOLD)],
];
