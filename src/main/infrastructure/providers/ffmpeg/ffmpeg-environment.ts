/**
 * The environment ffmpeg renders run in: the caller's, plus one glibc setting on Linux.
 *
 * A render's ffmpeg touches ≈ 350 MB of frame buffers (x264's reference frames and lookahead, the
 * filter graph's copies of moving frames) once each, 4 KiB page by page: ≈ 50,000 page faults per
 * part, and TLB misses on every pass over a 1080×1920 frame. `glibc.malloc.hugetlb=1` makes
 * glibc's malloc ask for transparent huge pages (`madvise`) on those large allocations, which the
 * kernel's default `madvise` mode then grants: ≈ 13,500 faults instead, and one part of the 30 s
 * bench sample encoded in 5.61 s instead of 5.79 s (median of five alternating runs each, same
 * command, AMD EPYC 2 cores; README "Speed"). It changes no byte of the output. glibc before 2.35
 * and other C libraries ignore the variable; other systems never see it.
 */
export function ffmpegEnvironment(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): NodeJS.ProcessEnv {
  if (platform !== 'linux') return env;
  const current = env.GLIBC_TUNABLES?.trim();
  // The user's own glibc tunables win, including a hugetlb setting of their own.
  if (current && /(^|:)glibc\.malloc\.hugetlb=/.test(current)) return env;
  return { ...env, GLIBC_TUNABLES: current ? `${current}:${HUGE_PAGES}` : HUGE_PAGES };
}

const HUGE_PAGES = 'glibc.malloc.hugetlb=1';
