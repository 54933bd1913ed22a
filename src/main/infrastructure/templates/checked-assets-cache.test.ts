import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirPerTest } from '../test-support/temp-dirs.js';
import { CheckedAssetsCache } from './checked-assets-cache.js';

describe('CheckedAssetsCache', () => {
  const dir = useTempDirPerTest('reelforge-assets-cache-');
  const temp = () => dir.path;

  it('checks once while nothing changes, again when the template or one of its files does', () => {
    const template = join(temp(), 'mine.json');
    const logo = join(temp(), 'logo.png');
    writeFileSync(template, '{}');
    writeFileSync(logo, 'picture');
    let checks = 0;
    const cache = new CheckedAssetsCache(
      () => {
        checks += 1;
        return { logo: { path: logo, width: 1, height: 1 } };
      },
      () => template,
    );
    cache.assetsOf('mine');
    cache.assetsOf('mine');
    expect(checks).toBe(1);
    writeFileSync(logo, 'another picture');
    cache.assetsOf('mine');
    expect(checks).toBe(2);
    utimesSync(template, new Date(), new Date(Date.now() + 5000));
    cache.assetsOf('mine');
    expect(checks).toBe(3);
  });

  it('keeps no failed check: the next ask checks again', () => {
    let checks = 0;
    const cache = new CheckedAssetsCache(
      () => {
        checks += 1;
        throw new Error('logo.file: not an image');
      },
      () => join(temp(), 'none.json'),
    );
    expect(() => cache.assetsOf('x')).toThrow('not an image');
    expect(() => cache.assetsOf('x')).toThrow('not an image');
    expect(checks).toBe(2);
  });
});
