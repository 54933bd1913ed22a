import { describe, expect, it } from 'vitest';
import { planMediaResponse } from './media-response-plan.js';

const media = { path: '/v/a.mp4', mimeType: 'video/mp4', size: 1000, dev: 1, ino: 2 };

describe('planMediaResponse', () => {
  it('plans a full 200 with the type, length and Accept-Ranges', () => {
    expect(planMediaResponse(media, 'GET', undefined)).toEqual({
      status: 200,
      headers: expect.objectContaining({
        'Content-Type': 'video/mp4',
        'Content-Length': '1000',
        'Accept-Ranges': 'bytes',
      }),
      body: { start: 0, end: 999 },
    });
  });

  it('plans a 206 with Content-Range', () => {
    const plan = planMediaResponse(media, 'GET', 'bytes=100-199');
    expect(plan.status).toBe(206);
    expect(plan.headers['Content-Range']).toBe('bytes 100-199/1000');
    expect(plan.headers['Content-Length']).toBe('100');
    expect(plan.body).toEqual({ start: 100, end: 199 });
  });

  it('plans a 416 naming the size, without a body', () => {
    const plan = planMediaResponse(media, 'GET', 'bytes=1000-');
    expect(plan).toMatchObject({ status: 416, headers: { 'Content-Range': 'bytes */1000' } });
    expect(plan.body).toBeUndefined();
  });

  it('sends no body for HEAD or an empty file, and refuses other methods', () => {
    expect(planMediaResponse(media, 'HEAD', undefined).body).toBeUndefined();
    expect(planMediaResponse({ ...media, size: 0 }, 'GET', undefined)).toMatchObject({
      status: 200,
      headers: { 'Content-Length': '0' },
    });
    expect(planMediaResponse({ ...media, size: 0 }, 'GET', undefined).body).toBeUndefined();
    expect(planMediaResponse(media, 'DELETE', undefined)).toMatchObject({
      status: 405,
      headers: { Allow: 'GET, HEAD' },
    });
  });
});
