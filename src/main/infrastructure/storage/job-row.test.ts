import { describe, expect, it } from 'vitest';
import { CorruptRecordError } from './errors.js';
import { jobToRow, rowToJob } from './job-row.js';
import { makeJob } from './test-fixtures.js';

const finished = makeJob({
  status: 'completed',
  progress: 1,
  stage: 'done',
  providerId: 'ffmpeg',
  fallbackTrail: [
    { providerId: 'remotion', error: 'chromium missing', retryable: true, at: '2025-01-01T12:01:00.000Z' },
  ],
  startedAt: '2025-01-01T12:00:30.000Z',
  completedAt: '2025-01-01T12:02:00.000Z',
  error: { code: 'warning', message: 'kept for the test' },
  ownerPid: 4242,
  result: {
    jobId: 'j',
    providerId: 'ffmpeg',
    outputPath: '/videos/out.mp4',
    thumbnailPath: '/videos/out.jpg',
    durationSeconds: 5.5,
    sizeBytes: 123_456,
    width: 1080,
    height: 1920,
    mimeType: 'video/mp4',
    fallbackTrail: [],
    renderSeconds: 12.5,
  },
});

describe('jobToRow / rowToJob', () => {
  it('round-trips a job with every optional field', () => {
    expect(rowToJob(jobToRow(finished))).toEqual(finished);
  });

  it('round-trips a bare queued job without inventing fields', () => {
    const { scriptPath: _scriptPath, ...bare } = makeJob();
    const back = rowToJob(jobToRow(bare));
    expect(back).toStrictEqual(bare);
  });

  it('copies the query columns out of the nested values', () => {
    const row = jobToRow(finished);
    expect(row).toMatchObject({
      quality: 'standard',
      aspect_ratio: '9:16',
      requested_provider: 'auto',
      output_path: '/videos/out.mp4',
      thumbnail_path: '/videos/out.jpg',
      error_code: 'warning',
      error_message: 'kept for the test',
    });
  });

  it('reads a gap in the voice-over list back as undefined', () => {
    const back = rowToJob(jobToRow(makeJob()));
    expect(back.script.media?.voiceOvers?.mainPoints).toEqual(['/media/p1.wav', undefined, '/media/p3.wav']);
  });
});

describe('rowToJob on a damaged row', () => {
  const row = jobToRow(makeJob({ id: 'broken-job' }));

  it('names the job and column when JSON does not parse', () => {
    const read = () => rowToJob({ ...row, timeline_json: '{"scenes": [' });
    expect(read).toThrow(CorruptRecordError);
    expect(read).toThrow(/^jobs row broken-job is corrupt: column timeline_json: not valid JSON/);
  });

  it('names the path inside the JSON when the shape is wrong', () => {
    const script = JSON.parse(row.script_json) as Record<string, unknown>;
    const read = () => rowToJob({ ...row, script_json: JSON.stringify({ ...script, mainPoints: 'oops' }) });
    expect(read).toThrow(
      /jobs row broken-job is corrupt: column script_json: unexpected shape at mainPoints/,
    );
  });

  it('rejects an unknown status', () => {
    expect(() => rowToJob({ ...row, status: 'exploded' })).toThrow(
      'jobs row broken-job is corrupt: column status: unexpected value "exploded"',
    );
  });

  it('rejects a non-numeric progress', () => {
    expect(() => rowToJob({ ...row, progress: 'half' as unknown as number })).toThrow(/column progress/);
  });
});
