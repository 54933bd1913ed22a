import { describe, expect, it } from 'vitest';
import { parseMediaJobId } from './media-job-id.js';
import { mediaMimeType } from './media-mime-types.js';

describe('parseMediaJobId', () => {
  it('accepts UUIDs and simple ids, decoding once', () => {
    expect(parseMediaJobId('3f2a9c1e-0b7d-4c55-9e1a-2b3c4d5e6f70')).toBe(
      '3f2a9c1e-0b7d-4c55-9e1a-2b3c4d5e6f70',
    );
    expect(parseMediaJobId('job_1')).toBe('job_1');
    expect(parseMediaJobId('job%5F1')).toBe('job_1');
  });

  it.each([
    '',
    '..',
    '.hidden',
    'a.b',
    'a/b',
    'a%2Fb',
    'a\\b',
    '%5C',
    '%2e%2e',
    '%252e',
    'a%00',
    '-flag',
    'a b',
    '%',
    'x'.repeat(201),
  ])('refuses %j', (raw) => {
    expect(parseMediaJobId(raw)).toBeUndefined();
  });
});

describe('mediaMimeType', () => {
  it('maps allowed extensions per kind and refuses the rest', () => {
    expect(mediaMimeType('/v/a.MP4', 'video')).toBe('video/mp4');
    expect(mediaMimeType('/v/a.json', 'video')).toBe('application/json');
    expect(mediaMimeType('/v/a.jpg', 'thumbnail')).toBe('image/jpeg');
    expect(mediaMimeType('/v/a.jpg', 'video')).toBeUndefined();
    expect(mediaMimeType('/v/a.json', 'thumbnail')).toBeUndefined();
    expect(mediaMimeType('/etc/passwd', 'video')).toBeUndefined();
    expect(mediaMimeType('/v/constructor', 'video')).toBeUndefined();
  });
});
