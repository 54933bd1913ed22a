import { describe, expect, it } from 'vitest';
import { ffmpegEnvironment } from './ffmpeg-environment.js';

describe('ffmpegEnvironment', () => {
  it('asks glibc for huge pages on Linux and keeps the rest of the environment', () => {
    const env = ffmpegEnvironment({ PATH: '/usr/bin', LANG: 'C' }, 'linux');
    expect(env).toEqual({ PATH: '/usr/bin', LANG: 'C', GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' });
  });

  it('adds the setting to tunables the user already has', () => {
    const env = ffmpegEnvironment({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, 'linux');
    expect(env.GLIBC_TUNABLES).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1');
  });

  it("leaves a user's own hugetlb choice alone", () => {
    const env = { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' };
    expect(ffmpegEnvironment(env, 'linux')).toBe(env);
  });

  it('changes nothing on other systems', () => {
    const env = { PATH: 'C:\\ffmpeg' };
    expect(ffmpegEnvironment(env, 'win32')).toBe(env);
    expect(ffmpegEnvironment(env, 'darwin')).toBe(env);
  });
});
