import { describe, expect, it } from 'vitest';
import { redisConnectionFromUrl } from './render-farm-queue.js';

describe('redisConnectionFromUrl', () => {
  it('reads host, port, password and database', () => {
    expect(redisConnectionFromUrl('redis://:s%40cret@10.0.0.5:6380/2')).toEqual({
      host: '10.0.0.5',
      port: 6380,
      password: 's@cret',
      db: 2,
      maxRetriesPerRequest: null,
    });
  });

  it('defaults the port to 6379', () => {
    expect(redisConnectionFromUrl('redis://127.0.0.1').port).toBe(6379);
  });

  it('names the setting when the URL is not redis://', () => {
    expect(() => redisConnectionFromUrl('http://127.0.0.1:6379')).toThrow(
      'queue.redis_url "http://127.0.0.1:6379" must start with redis://',
    );
    expect(() => redisConnectionFromUrl('not a url')).toThrow('queue.redis_url "not a url" is not a URL');
  });
});
