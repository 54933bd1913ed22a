import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../support/service-harness.js';
import { probe } from '../support/media-tools.js';

const SCRIPT = {
  kind: 'text' as const,
  name: 'parity.json',
  content: JSON.stringify({
    channel: 'earth',
    topic: 'Same script, two renderers',
    hook: 'Plant your feet.',
    main_points: ['Feel the ground.'],
    call_to_action: 'Try it now.',
  }),
};

describe('FFmpeg and Remotion render the same timeline', () => {
  let harness: Harness;
  beforeAll(() => {
    harness = createHarness({ env: { PATH: process.env['PATH'] ?? '' } });
  });
  afterAll(() => harness.close());

  it('to files of the same size and duration', async () => {
    const ffmpeg = await harness.service.generateVideo(SCRIPT, { provider: 'ffmpeg', quality: 'draft' });
    const remotion = await harness.service.generateVideo(SCRIPT, { provider: 'remotion', quality: 'draft' });
    expect([ffmpeg.status, remotion.status, remotion.error?.message]).toEqual([
      'completed',
      'completed',
      undefined,
    ]);
    const [a, b] = [probe(ffmpeg.result!.outputPath), probe(remotion.result!.outputPath)];
    const video = (p: typeof a) => p.streams.find((s) => s.codec_type === 'video')!;
    expect([video(a).width, video(a).height]).toEqual([540, 960]);
    expect([video(b).width, video(b).height]).toEqual([540, 960]);
    expect(video(a).r_frame_rate).toBe(video(b).r_frame_rate);
    expect(Math.abs(a.durationSeconds - b.durationSeconds)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(b.durationSeconds - ffmpeg.timeline.durationSeconds)).toBeLessThanOrEqual(0.1);
  }, 180_000);
});
