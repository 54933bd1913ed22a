import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MediaServer, parseRange } from './media-server.js';

describe('parseRange', () => {
  it('reads the ranges media elements send', () => {
    expect(parseRange(undefined, 100)).toBeUndefined();
    expect(parseRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=50-500', 100)).toEqual({ start: 50, end: 99 });
  });

  it('rejects ranges outside the file or in another unit', () => {
    expect(parseRange('bytes=100-', 100)).toBe('invalid');
    expect(parseRange('bytes=-', 100)).toBe('invalid');
    expect(parseRange('items=0-1', 100)).toBe('invalid');
  });
});

describe('MediaServer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reelforge-media-'));
  const file = join(dir, 'voice over.mp3');
  writeFileSync(file, Buffer.from('0123456789'));
  const server = new MediaServer();
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a registered file, whole or in part, with its type', async () => {
    const { url } = await server.register(file);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{32}\/voice%20over\.mp3$/);
    const whole = await fetch(url);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/mpeg');
    expect(await whole.text()).toBe('0123456789');
    const part = await fetch(url, { headers: { range: 'bytes=2-4' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 2-4/10');
    expect(await part.text()).toBe('234');
  });

  it('serves nothing that was not registered, or released', async () => {
    const { url, release } = await server.register(file);
    const origin = new URL(url).origin;
    expect((await fetch(`${origin}/etc/passwd`)).status).toBe(404);
    release();
    expect((await fetch(url)).status).toBe(404);
  });
});
