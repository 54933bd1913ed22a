import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VideoJob } from '../../src/main/application/job.js';
import { mediaWebResponse, resolveJobMedia } from '../../src/main/presentation/media/index.js';
import { createDesktopFixture, type DesktopFixture } from './desktop-fixture.js';

describe('resolveJobMedia: only files the history recorded, inside the job output folder', () => {
  let fixture: DesktopFixture;
  let job: VideoJob;
  let outside: string;

  beforeAll(async () => {
    fixture = createDesktopFixture();
    job = await fixture.renderMock();
    outside = mkdtempSync(join(tmpdir(), 'reelforge-outside-'));
    writeFileSync(join(outside, 'secret.json'), '{"secret":true}');
  });
  afterAll(async () => {
    await fixture.close();
    rmSync(outside, { recursive: true, force: true });
  });

  it('resolves a finished mock job to its manifest with the JSON content type', async () => {
    const media = await resolveJobMedia(fixture.runtime.service, job.id, 'video');
    expect(media).toMatchObject({
      mimeType: 'application/json',
      size: statSync(job.result!.outputPath).size,
    });
    expect(readFileSync(media!.path, 'utf8')).toContain('reelforge-render-manifest');
  });

  it('refuses a thumbnail the job never recorded', async () => {
    expect(await resolveJobMedia(fixture.runtime.service, job.id, 'thumbnail')).toBeUndefined();
  });

  it.each([
    ['..'],
    ['../package.json'],
    ['%2e%2e'],
    ['%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['%2F'],
    ['a%2Fb'],
    ['a/b'],
    ['a\\b'],
    ['%5c'],
    ['/etc/passwd'],
    ['%2Fetc%2Fpasswd'],
    ['C:\\Windows\\win.ini'],
    ['%252e%252e'],
    ['%E0%A4%A'],
    ['id\0'],
    ['%00'],
    [''],
    ['00000000-0000-4000-8000-000000000000'],
  ])('refuses the id %j', async (raw) => {
    expect(await resolveJobMedia(fixture.runtime.service, raw, 'video')).toBeUndefined();
  });

  it('refuses an id with a NUL after the real id, and a unique prefix of the real id', async () => {
    expect(await resolveJobMedia(fixture.runtime.service, `${job.id}\0`, 'video')).toBeUndefined();
    expect(await resolveJobMedia(fixture.runtime.service, `${job.id}%00`, 'video')).toBeUndefined();
    expect(await resolveJobMedia(fixture.runtime.service, job.id.slice(0, 8), 'video')).toBeUndefined();
  });

  it('refuses a job that has no result yet', async () => {
    await fixture.runtime.config.update({ providers: { mock: { simulated_seconds: 30 } } });
    const queued = await fixture.runtime.service.enqueue(
      {
        kind: 'text',
        content:
          '{"channel":"air","topic":"Q","hook":"Breathe in.","main_points":["One calm point."],"call_to_action":"Follow."}',
        name: 'q.json',
      },
      { provider: 'mock' },
    );
    expect(await resolveJobMedia(fixture.runtime.service, queued.id, 'video')).toBeUndefined();
    await fixture.runtime.service.cancel(queued.id);
    await fixture.runtime.config.update({ providers: { mock: { simulated_seconds: 0.05 } } });
  });

  it('refuses a symlink planted in the output folder that points outside it', async () => {
    const other = await fixture.renderMock();
    const planted = join(fixture.outputDir, 'planted.json');
    symlinkSync(join(outside, 'secret.json'), planted);
    fixture.tamperJob(other.id, { outputPath: planted });
    expect(await resolveJobMedia(fixture.runtime.service, other.id, 'video')).toBeUndefined();
  });

  it('refuses a recorded file replaced on disk by a symlink to /etc/passwd or to a .json outside', async () => {
    const other = await fixture.renderMock();
    const path = other.result!.outputPath;
    rmSync(path);
    symlinkSync('/etc/passwd', path);
    expect(await resolveJobMedia(fixture.runtime.service, other.id, 'video')).toBeUndefined();
    rmSync(path);
    symlinkSync(join(outside, 'secret.json'), path);
    expect(await resolveJobMedia(fixture.runtime.service, other.id, 'video')).toBeUndefined();
  });

  it('refuses job rows whose recorded path was rewritten to leave the output folder', async () => {
    const other = await fixture.renderMock();
    for (const outputPath of [
      '/etc/passwd',
      join(outside, 'secret.json'),
      join(fixture.outputDir, '..', 'config.json'),
      'relative.json',
    ]) {
      fixture.tamperJob(other.id, { outputPath });
      expect(await resolveJobMedia(fixture.runtime.service, other.id, 'video'), outputPath).toBeUndefined();
    }
  });

  it('refuses a recorded path that is a directory or has an extension not served for its kind', async () => {
    const other = await fixture.renderMock();
    mkdirSync(join(fixture.outputDir, 'folder.json'));
    writeFileSync(join(fixture.outputDir, 'notes.txt'), 'text');
    fixture.tamperJob(other.id, { outputPath: join(fixture.outputDir, 'folder.json') });
    expect(await resolveJobMedia(fixture.runtime.service, other.id, 'video')).toBeUndefined();
    fixture.tamperJob(other.id, { outputPath: join(fixture.outputDir, 'notes.txt') });
    expect(await resolveJobMedia(fixture.runtime.service, other.id, 'video')).toBeUndefined();
    // A manifest is a "video" for the mock provider, never a thumbnail.
    fixture.tamperJob(other.id, { thumbnailPath: other.result!.outputPath });
    expect(await resolveJobMedia(fixture.runtime.service, other.id, 'thumbnail')).toBeUndefined();
  });

  it('refuses a file that vanished after it was recorded', async () => {
    const other = await fixture.renderMock();
    rmSync(other.result!.outputPath);
    expect(await resolveJobMedia(fixture.runtime.service, other.id, 'video')).toBeUndefined();
  });
});

describe('resolveJobMedia with a symlinked output folder', () => {
  it('serves files when the output folder itself is a symlink (e.g. ~/Videos on another disk)', async () => {
    const real = mkdtempSync(join(tmpdir(), 'reelforge-real-videos-'));
    const linkParent = mkdtempSync(join(tmpdir(), 'reelforge-link-'));
    const link = join(linkParent, 'videos');
    symlinkSync(real, link);
    const fixture = createDesktopFixture({ outputDir: link });
    try {
      const job = await fixture.renderMock();
      const media = await resolveJobMedia(fixture.runtime.service, job.id, 'video');
      expect(media?.path.startsWith(real)).toBe(true);
    } finally {
      await fixture.close();
      rmSync(real, { recursive: true, force: true });
      rmSync(linkParent, { recursive: true, force: true });
    }
  });
});

describe('mediaWebResponse: Range requests over the Fetch API (Electron protocol.handle)', () => {
  let fixture: DesktopFixture;
  let job: VideoJob;
  let bytes: Buffer;

  beforeAll(async () => {
    fixture = createDesktopFixture();
    job = await fixture.renderMock();
    bytes = readFileSync(job.result!.outputPath);
  });
  afterAll(() => fixture.close());

  const respond = async (headers: Record<string, string> = {}, method = 'GET') => {
    const media = await resolveJobMedia(fixture.runtime.service, job.id, 'video');
    return mediaWebResponse(
      new Request(`reelforge-media://job/${job.id}/video`, { method, headers }),
      media!,
    );
  };

  it('answers 200 with the whole file, its type and Accept-Ranges', async () => {
    const response = await respond();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('answers 206 with Content-Range for a satisfiable range', async () => {
    const response = await respond({ Range: 'bytes=2-11' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 2-11/${bytes.length}`);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes.subarray(2, 12))).toBe(true);
  });

  it('answers 206 for open-ended and suffix ranges', async () => {
    const open = await respond({ Range: `bytes=${bytes.length - 5}-` });
    expect(open.status).toBe(206);
    expect(Buffer.from(await open.arrayBuffer()).equals(bytes.subarray(bytes.length - 5))).toBe(true);
    const suffix = await respond({ Range: 'bytes=-3' });
    expect(suffix.headers.get('content-range')).toBe(
      `bytes ${bytes.length - 3}-${bytes.length - 1}/${bytes.length}`,
    );
  });

  it.each([`bytes=${Number.MAX_SAFE_INTEGER}-`, 'bytes=9-2', 'bytes=abc', 'bytes=-0'])(
    'answers 416 for %s',
    async (range) => {
      const response = await respond({ Range: range });
      expect(response.status).toBe(416);
      expect(response.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
    },
  );

  it('answers HEAD with headers only', async () => {
    const response = await respond({}, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('answers 404 when the checked file is swapped for another before it is read', async () => {
    const media = await resolveJobMedia(fixture.runtime.service, job.id, 'video');
    const path = job.result!.outputPath;
    renameSync(path, `${path}.bak`);
    writeFileSync(path, '{"swapped":true}');
    const response = await mediaWebResponse(new Request('reelforge-media://job/x/video'), media!);
    expect(response.status).toBe(404);
  });
});
