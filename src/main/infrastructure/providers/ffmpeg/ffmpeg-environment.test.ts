import { describe, expect, it } from 'vitest';
import { ffmpegEnvironment } from './ffmpeg-environment.js';

const ALL = 'glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=1073741824';

describe('ffmpegEnvironment', () => {
  it('asks glibc to keep frame memory on Linux, and keeps the rest of the environment', () => {
    const env = ffmpegEnvironment({ PATH: '/usr/bin', LANG: 'C' }, 'linux');
    expect(env).toEqual({ PATH: '/usr/bin', LANG: 'C', GLIBC_TUNABLES: ALL, OPENBLAS_NUM_THREADS: '1' });
  });

  it('does not ask for huge pages (each faults in from the VM host again), but keeps them when the user does', () => {
    expect(ffmpegEnvironment({}, 'linux').GLIBC_TUNABLES).not.toContain('hugetlb');
    expect(ffmpegEnvironment({ GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' }, 'linux').GLIBC_TUNABLES).toBe(
      `glibc.malloc.hugetlb=1:${ALL}`,
    );
  });

  it('adds the settings to tunables the user already has', () => {
    const env = ffmpegEnvironment({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, 'linux');
    expect(env.GLIBC_TUNABLES).toBe(`glibc.malloc.arena_max=2:${ALL}`);
  });

  it("leaves each of the user's own malloc choices alone and adds only the others", () => {
    const env = ffmpegEnvironment(
      { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0:glibc.malloc.trim_threshold=0' },
      'linux',
    );
    expect(env.GLIBC_TUNABLES).toBe(
      'glibc.malloc.hugetlb=0:glibc.malloc.trim_threshold=0:glibc.malloc.mmap_threshold=33554432',
    );
  });

  it('changes nothing when the user set both and OpenBLAS threads', () => {
    const env = {
      GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=1:glibc.malloc.trim_threshold=2',
      OPENBLAS_NUM_THREADS: '4',
    };
    expect(ffmpegEnvironment(env, 'linux')).toBe(env);
  });

  it('treats blank tunables as none', () => {
    expect(ffmpegEnvironment({ GLIBC_TUNABLES: '  ' }, 'linux').GLIBC_TUNABLES).toBe(ALL);
  });

  it('gives OpenBLAS one thread on every system, and malloc settings only on Linux', () => {
    const env = { PATH: 'C:\\ffmpeg' };
    expect(ffmpegEnvironment(env, 'win32')).toEqual({ PATH: 'C:\\ffmpeg', OPENBLAS_NUM_THREADS: '1' });
    expect(ffmpegEnvironment(env, 'darwin')).toEqual({ PATH: 'C:\\ffmpeg', OPENBLAS_NUM_THREADS: '1' });
  });

  it("keeps the user's own OpenBLAS thread count", () => {
    expect(ffmpegEnvironment({ OPENBLAS_NUM_THREADS: '2' }, 'linux').OPENBLAS_NUM_THREADS).toBe('2');
  });
});
