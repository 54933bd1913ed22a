import { describe, expect, it } from 'vitest';
import { scriptPathsFromArgv } from '../../src/main/presentation/electron/argv-scripts.js';

describe('scriptPathsFromArgv', () => {
  it('takes script files after the executable, resolved against the launch folder', () => {
    expect(
      scriptPathsFromArgv(
        ['/usr/bin/reelforge', 'a.json', '/abs/b.md', 'sub/c.TXT', 'd.markdown'],
        '/home/me',
      ),
    ).toEqual(['/home/me/a.json', '/abs/b.md', '/home/me/sub/c.TXT', '/home/me/d.markdown']);
  });

  it('skips the app path, flags, Chromium switches, other files and duplicates', () => {
    const argv = [
      '/usr/lib/electron/electron',
      '.',
      'out/main/index.js',
      '--inspect=9229',
      '--enable-logging',
      '-psn_0_12345',
      'video.mp4',
      'a.json',
      './a.json',
      '',
    ];
    expect(scriptPathsFromArgv(argv, '/w')).toEqual(['/w/a.json']);
  });

  it('returns nothing for a bare launch', () => {
    expect(scriptPathsFromArgv(['/usr/bin/reelforge'], '/')).toEqual([]);
    expect(scriptPathsFromArgv([], '/')).toEqual([]);
  });
});
