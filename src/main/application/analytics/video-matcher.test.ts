import { describe, expect, it } from 'vitest';
import { VideoMatcher } from './video-matcher.js';

const videos = [
  {
    id: '1a2b3c4d-0000-4000-8000-000000000001',
    topic: 't',
    createdAt: '',
    outputPath: '/v/start-now-control-1a2b3c4d.mp4',
  },
  {
    id: '1a2b3c4d-0000-4000-8000-000000000002',
    topic: 't',
    createdAt: '',
    outputPath: '/v/start-now-b-1a2b3c4d.mp4',
  },
  { id: '9f8e7d6c-0000-4000-8000-000000000003', topic: 't', createdAt: '' },
];
const matcher = new VideoMatcher(videos);

describe('VideoMatcher', () => {
  it('matches a job id, whatever its case', () => {
    expect(matcher.match('1A2B3C4D-0000-4000-8000-000000000002')).toEqual({ jobId: videos[1]!.id });
  });

  it('matches a unique prefix of 8 characters or more, and explains shorter or ambiguous ones', () => {
    expect(matcher.match('9f8e7d6c')).toEqual({ jobId: videos[2]!.id });
    expect(matcher.match('9f8e7d6')).toEqual({
      problem: 'no rendered video matches "9f8e7d6" (a job id prefix needs 8 characters or more)',
    });
    expect(matcher.match('1a2b3c4d-0000')).toEqual({
      problem: '"1a2b3c4d-0000" is the start of 2 job ids; give more characters',
    });
  });

  it('matches an output file base name with or without extension, or a title holding one', () => {
    expect(matcher.match('start-now-b-1a2b3c4d')).toEqual({ jobId: videos[1]!.id });
    expect(matcher.match('start-now-control-1a2b3c4d.mp4')).toEqual({ jobId: videos[0]!.id });
    expect(matcher.match('Try this! start-now-b-1a2b3c4d #focus')).toEqual({ jobId: videos[1]!.id });
    expect(matcher.match('My holiday video')).toEqual({
      problem: 'no rendered video matches "My holiday video"',
    });
  });
});
