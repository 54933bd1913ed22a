import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderViewSchema, restErrorSchema } from '../../src/shared/rest-contract.js';
import { REPO_ROOT, runCli } from '../support/run-cli.js';
import { probe } from '../support/media-tools.js';
import { makeTempDir } from '../support/temp-dir.js';
import { postJson, postRender, startServe, waitForRender, type ServeProcess } from './serve-process.js';

const sample = JSON.parse(
  readFileSync(join(REPO_ROOT, 'resources/samples/air-morning-clarity.json'), 'utf8'),
);
const textSample = readFileSync(join(REPO_ROOT, 'resources/samples/earth-grounding-walk.txt'), 'utf8');

let temp: ReturnType<typeof makeTempDir>;
let env: Record<string, string>;
let serve: ServeProcess;

beforeAll(async () => {
  temp = makeTempDir('reelforge-serve-');
  env = { VIDEO_STORAGE_PATH: join(temp.path, 'videos') };
  writeFileSync(
    join(temp.path, 'config.json'),
    JSON.stringify({ providers: { mock: { simulated_seconds: 0.05 } } }),
  );
  serve = await startServe(temp.path, env);
});
afterAll(async () => {
  expect(await serve?.stop()).toBe(0);
  temp?.cleanup();
});

const errorOf = async (response: Response) => restErrorSchema.parse(await response.json()).error;

const mockDraft = { script: sample, provider: 'mock', quality: 'draft' };

/** Posts a render, expects it accepted (202) and waits for it to end. */
async function renderToEnd(body: Record<string, unknown>) {
  const posted = await postJson(serve, '/v1/renders', body);
  expect(posted.status).toBe(202);
  const { id } = (await posted.json()) as { id: string };
  return { id, posted, done: renderViewSchema.parse(await waitForRender(serve, id)) };
}

describe('reelforge serve', () => {
  it('prints one stdout line, stores a generated token 0600 and prints it once on stderr', async () => {
    expect(serve.stdout()).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\n$/);
    expect(statSync(join(temp.path, 'api-token')).mode & 0o777).toBe(0o600);
    expect(serve.stderr()).toContain(serve.token);
  });

  it('answers 401 without the token or with a wrong one, and sends no CORS headers', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { Authorization: 'Bearer wrong-token-wrong-token' },
      { Authorization: serve.token },
    ]) {
      const response = await fetch(`${serve.url}/v1/renders`, {
        headers: { Origin: 'https://evil.example', ...headers },
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect((await errorOf(response)).code).toBe('unauthorized');
    }
    const preflight = await fetch(`${serve.url}/v1/renders`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const ok = await serve.api('/v1/health');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: 'ok' });
  });

  it('renders a script object with the mock provider: 202, polled to completed, file with Range', async () => {
    const { id, posted, done } = await renderToEnd(mockDraft);
    expect(posted.headers.get('location')).toBe(`/v1/renders/${id}`);
    expect(done).toMatchObject({ status: 'completed', provider: 'mock', quality: 'draft', progress: 1 });
    expect(done.videoUrl).toBe(`/v1/renders/${id}/video`);
    const whole = await serve.api(done.videoUrl!);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    const bytes = Buffer.from(await whole.arrayBuffer());
    const part = await serve.api(done.videoUrl!, { headers: { Range: 'bytes=2-11' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 2-11/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(2, 12));
    const beyond = await serve.api(done.videoUrl!, { headers: { Range: `bytes=${bytes.length + 10}-` } });
    expect(beyond.status).toBe(416);
  });

  it('takes a platform preset, records it on the render, and refuses an unknown one', async () => {
    const { done } = await renderToEnd({ ...mockDraft, platform: 'shorts' });
    expect(done).toMatchObject({ platform: 'shorts' });
    const unknown = await postJson(serve, '/v1/renders', {
      script: sample,
      provider: 'mock',
      platform: 'myspace',
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: { field: 'platform' } });
  });

  it('takes template, voice and variant; queues one render per variant and names them', async () => {
    const script = {
      ...sample,
      variants: [
        { name: 'question-hook', hook: 'What if one breath changed your morning?' },
        { name: 'number-hook', hook: 'Three breaths. Ninety seconds. A clearer morning.' },
      ],
    };
    const accepted = await postRender<{
      id: string;
      group: string;
      variants: { variant: string; id: string }[];
    }>(serve, { script, provider: 'mock', template: 'water', voice: 'off' });
    expect(accepted.variants.map((v) => v.variant)).toEqual(['question-hook', 'number-hook']);
    expect(accepted.variants[0]!.id).toBe(accepted.id);
    for (const { variant, id } of accepted.variants) {
      expect(renderViewSchema.parse(await waitForRender(serve, id))).toMatchObject({
        status: 'completed',
        variant,
        group: accepted.group,
      });
    }

    const one = await postJson(serve, '/v1/renders', { script, provider: 'mock', variant: 'NUMBER-HOOK' });
    const onlyOne = (await one.json()) as { variants: { variant: string }[] };
    expect(onlyOne.variants.map((v) => v.variant)).toEqual(['number-hook']);

    const refusals: [Record<string, unknown>, string][] = [
      [{ variant: 'emoji-hook' }, 'variant'],
      [{ template: 'no-such-template' }, 'template'],
      [{ voice: 'no-such-voice' }, 'voice'],
    ];
    for (const [option, field] of refusals) {
      const refused = await postJson(serve, '/v1/renders', { script, provider: 'mock', ...option });
      expect(refused.status, JSON.stringify(option)).toBe(422);
      const error = await errorOf(refused);
      expect(error.field, JSON.stringify(option)).toBe(field);
      expect(error.message).not.toContain('--');
    }
  });

  it('renders script text with ffmpeg at draft quality and serves an MP4 and its poster', async () => {
    const { done } = await renderToEnd({
      script: textSample,
      name: 'earth-grounding-walk.txt',
      provider: 'ffmpeg',
      quality: 'draft',
    });
    expect(done, JSON.stringify(done.error)).toMatchObject({
      status: 'completed',
      provider: 'ffmpeg',
      scriptName: 'earth-grounding-walk.txt',
    });
    const head = await serve.api(done.videoUrl!, { headers: { Range: 'bytes=0-11' } });
    expect(head.status).toBe(206);
    expect(head.headers.get('content-type')).toBe('video/mp4');
    expect(
      Buffer.from(await head.arrayBuffer())
        .subarray(4, 8)
        .toString('latin1'),
    ).toBe('ftyp');
    // The whole download is a playable video: ffprobe reads an H.264 stream of the render's length.
    const downloaded = join(temp.path, 'downloaded.mp4');
    writeFileSync(downloaded, Buffer.from(await (await serve.api(done.videoUrl!)).arrayBuffer()));
    const probed = probe(downloaded);
    expect(probed.streams.find((s) => s.codec_type === 'video')?.codec_name).toBe('h264');
    expect(probed.durationSeconds).toBeCloseTo(done.durationSeconds!, 0);
    const poster = await serve.api(done.posterUrl!);
    expect(poster.status).toBe(200);
    expect(poster.headers.get('content-type')).toBe('image/jpeg');
    expect([...Buffer.from(await poster.arrayBuffer()).subarray(0, 2)]).toEqual([0xff, 0xd8]);
  }, 120_000);

  it('answers a bad script with 422 naming file, field and line, like the CLI', async () => {
    const response = await postJson(serve, '/v1/renders', {
      script: 'Channel: air\nTopic: x\nHook:\nMain points:\n1. one\nCall to action: go',
      name: 'broken.txt',
      provider: 'mock',
    });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: 'invalid_script', file: 'broken.txt', field: 'hook', line: 3 });
    expect(error.message).toMatch(/^broken\.txt:line 3: hook: /);
    const cli = join(temp.path, 'broken.txt');
    writeFileSync(cli, 'Channel: air\nTopic: x\nHook:\nMain points:\n1. one\nCall to action: go');
    const run = await runCli(['render', cli, '--provider', 'mock'], {
      REELFORGE_DATA_DIR: join(temp.path, 'cli-data'),
    });
    expect(run.stderr).toContain(`${cli}:line 3: hook: `);
  });

  // A REST client may not read the server's files: music or voice-overs named by absolute path,
  // or by `../` out of the folder serve was started in (its media folder, REPO_ROOT here), would
  // be mixed into a video the client downloads. Media inside that folder: farm-cli.test.ts.
  it("refuses scripts that name files on the server's disk, without telling where they resolve", async () => {
    const secret = join(temp.path, 'secret.wav');
    writeFileSync(secret, 'RIFF');
    const before = ((await (await serve.api('/v1/renders?limit=100')).json()) as { renders: unknown[] })
      .renders.length;
    for (const media of [
      { music: secret },
      { music: '/etc/hostname' },
      { music: '../secret.wav' },
      { voice_overs: { hook: '../../etc/hostname' } },
    ]) {
      const response = await postJson(serve, '/v1/renders', {
        ...mockDraft,
        script: { ...sample, ...media },
      });
      expect(response.status, JSON.stringify(media)).toBe(422);
      const error = await errorOf(response);
      expect(error).toMatchObject({ code: 'invalid_script', file: 'script.json' });
      expect(error.field).toMatch(/^(music|voice_overs\.hook)$/);
      expect(error.line).toBeGreaterThan(1);
      expect(error.message).toContain("outside the server's media folder");
      expect(error.message).not.toContain(temp.path);
      expect(error.message).not.toContain(process.cwd());
    }
    const after = ((await (await serve.api('/v1/renders?limit=100')).json()) as { renders: unknown[] })
      .renders.length;
    expect(after).toBe(before);
  });

  it('answers 400, 404, 405, 409, 413 and 422 with JSON errors naming the field', async () => {
    const notJson = await postJson(serve, '/v1/renders', '{"script": ');
    expect(notJson.status).toBe(400);
    const wrongField = await postJson(serve, '/v1/renders', { script: sample, quality: 'cinema' });
    expect(wrongField.status).toBe(400);
    expect((await errorOf(wrongField)).field).toBe('quality');
    const unknownProvider = await postJson(serve, '/v1/renders', { script: sample, provider: 'nope' });
    expect(unknownProvider.status).toBe(422);
    expect(await errorOf(unknownProvider)).toMatchObject({ code: 'invalid_option', field: 'provider' });
    // Options the application refuses are named by their request field, in the request's words.
    const wideReels = await postJson(serve, '/v1/renders', {
      script: sample,
      platform: 'reels',
      aspect: '16:9',
    });
    const aspectError = await errorOf(wideReels);
    expect(aspectError).toMatchObject({ code: 'invalid_option', field: 'aspect' });
    expect(aspectError.message).not.toContain('--');
    const missing = await serve.api('/v1/renders/no-such-render');
    expect(missing.status).toBe(404);
    expect((await serve.api('/v1/renders/no-such-render/video')).status).toBe(404);
    expect((await serve.api('/v1/nothing-here')).status).toBe(404);
    const wrongMethod = await serve.api('/v1/health', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD');
    const big = await postJson(serve, '/v1/renders', { script: 'x'.repeat(6 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect((await errorOf(big)).code).toBe('payload_too_large');

    const posted = await postJson(serve, '/v1/renders', { script: sample, provider: 'mock' });
    const { id } = (await posted.json()) as { id: string };
    await waitForRender(serve, id);
    const cancelDone = await serve.api(`/v1/renders/${id}`, { method: 'DELETE' });
    expect(cancelDone.status).toBe(409);
    expect((await errorOf(cancelDone)).code).toBe('conflict');
    // A unique prefix is enough for the CLI, never over HTTP.
    expect((await serve.api(`/v1/renders/${id.slice(0, 12)}`)).status).toBe(404);
  });

  it('cancels a running render', async () => {
    const posted = await postJson(serve, '/v1/renders', {
      script: sample,
      provider: 'ffmpeg',
      quality: 'high',
    });
    const { id } = (await posted.json()) as { id: string };
    const cancelled = await serve.api(`/v1/renders/${id}`, { method: 'DELETE' });
    expect(cancelled.status).toBe(200);
    const view = await waitForRender(serve, id);
    expect(view['status']).toBe('cancelled');
  }, 60_000);

  it('returns the first render for a repeated Idempotency-Key and refuses the key for another body', async () => {
    const key = `key-${Date.now()}`;
    const body = { script: sample, provider: 'mock' };
    const first = await postJson(serve, '/v1/renders', body, { 'Idempotency-Key': key });
    const second = await postJson(serve, '/v1/renders', body, { 'Idempotency-Key': key });
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    const firstId = ((await first.json()) as { id: string }).id;
    expect(((await second.json()) as { id: string }).id).toBe(firstId);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const other = await postJson(
      serve,
      '/v1/renders',
      { ...body, quality: 'draft' },
      { 'Idempotency-Key': key },
    );
    expect(other.status).toBe(409);
    expect((await errorOf(other)).field).toBe('Idempotency-Key');
    const fresh = await postJson(serve, '/v1/renders', body, { 'Idempotency-Key': `${key}-2` });
    expect(((await fresh.json()) as { id: string }).id).not.toBe(firstId);
  });

  it('pages through the history with limit and cursor, filtered by status', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/v1/renders?status=completed&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await (await serve.api(query)).json()) as {
        renders: { id: string; status: string }[];
        nextCursor: string | null;
      };
      expect(page.renders.length).toBeLessThanOrEqual(2);
      for (const render of page.renders) expect(render.status).toBe('completed');
      seen.push(...page.renders.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await serve.api('/v1/renders?status=bogus')).status).toBe(400);
    expect((await serve.api('/v1/renders?cursor=bogus')).status).toBe(400);
  });

  it('serves an OpenAPI 3.1 document whose every operation exists on the server', async () => {
    const doc = (await (await serve.api('/v1/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const method of Object.keys(operations)) {
        const concrete = path.replace('{id}', 'no-such-render');
        const response = await serve.api(concrete, {
          method: method.toUpperCase(),
          ...(method === 'post' ? { headers: { 'Content-Type': 'application/json' }, body: '{}' } : {}),
        });
        // Documented operations are routed (answers of the operation itself, never 404 "no endpoint" or 405).
        expect(response.status, `${method} ${path}`).not.toBe(405);
        if (response.status === 404) expect((await errorOf(response)).message).not.toMatch(/^no endpoint/);
      }
    }
  });

  it('refuses to listen beyond loopback without an explicit token', async () => {
    const run = await runCli(['serve', '--host', '0.0.0.0', '--port', '0', '--data-dir', temp.path], env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('REELFORGE_API_TOKEN');
  });
});
