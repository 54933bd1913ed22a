import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProviderSettings } from '#core/config.js';
import { readVideoCommentTag } from '#core/variants/script-variant.js';
import { RemotionVideoProvider } from '../../src/main/infrastructure/providers/remotion/remotion-video-provider.js';
import { shortScript, shortTimeline } from '../remotion/fixtures.js';
import { FFPROBE } from '../support/media-tools.js';

// Real Chromium and Remotion: the MP4 of a variant carries its job, variant and group like FFmpeg's.
const work = mkdtempSync(join(tmpdir(), 'reelforge-remotion-variant-'));
const settings: ProviderSettings = {
  enabled: true,
  maxConcurrent: 1,
  timeoutSeconds: 300,
  binaryPath: '/usr/bin/chromium',
  options: {},
};
const provider = new RemotionVideoProvider({ settings: () => settings, cacheDir: join(work, 'cache') });

afterAll(async () => {
  await provider.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('Remotion renders of a variant', () => {
  it('write the comment tag with job, variant and group', async () => {
    const output = await provider.generate(
      {
        jobId: 'job-remotion-1',
        script: shortScript('air'),
        // Scenes of 0.8 s: only the file's metadata is read.
        timeline: shortTimeline('air', 1, undefined, 0.8),
        quality: 'draft',
        aspectRatio: '9:16',
        outputDir: join(work, 'out'),
        outputBaseName: 'air-b-job',
        requiredCapabilities: [],
        variant: { name: 'b', group: 'group-1' },
      },
      { signal: new AbortController().signal, onProgress: () => undefined },
    );
    const comment = execFileSync(
      FFPROBE,
      ['-v', 'error', '-show_entries', 'format_tags=comment', '-of', 'default=nw=1:nk=1', output.outputPath],
      { encoding: 'utf8' },
    ).trim();
    // Remotion puts its own "Made with Remotion <version>; " in front of the tag.
    expect(comment).toMatch(
      /^Made with Remotion [\d.]+; reelforge job=job-remotion-1 variant=b group=group-1$/,
    );
    expect(readVideoCommentTag(comment)).toEqual({ jobId: 'job-remotion-1', variant: 'b', group: 'group-1' });
  }, 240_000);
});
