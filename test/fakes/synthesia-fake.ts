/**
 * A loopback fake of the documented subset of Synthesia API v2 (https://docs.synthesia.io/reference)
 * that Reelforge uses, with scripted failures for tests and `npm run fake-cloud`.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import {
  hang,
  sendExpiredLink,
  sendFile,
  sendJson,
  startCloudFake,
  type CloudFake,
  type CloudFakeOptions,
  type CloudFakeState,
  type FakeHandler,
  type FakeRequest,
} from './fake-server.js';
import { sendScriptedFailure, type ScriptedFailure } from './scripted-failure.js';

export interface SynthesiaFakeScript {
  /** Answers the next `POST /v2/videos` calls get instead of a video, in order. */
  createFailures: ScriptedFailure[];
  /** Answers the next `GET /v2/videos/{id}` calls get, in order. */
  getFailures: ScriptedFailure[];
  /** Reads a new video stays `in_progress`. */
  inProgressPolls: number;
  /** How new videos end: `complete`, `error` or `rejected` (status values of "Retrieve a video"). */
  outcome: 'complete' | 'error' | 'rejected';
  /** What the next video downloads do instead of serving the file. */
  downloadFailures: ('drop' | 'expired' | 'hang')[];
  /** Files (e.g. "thumbnail.jpg", "captions.vtt") the file host never serves (404). */
  goneFiles: string[];
  hangAll: boolean;
}

interface FakeVideo {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly outcome: SynthesiaFakeScript['outcome'];
  readonly createdAt: number;
  reads: number;
  token: string;
}

export interface SynthesiaFake extends Omit<CloudFake<SynthesiaFakeScript>, 'createdIds' | 'deletedIds'> {
  readonly createdVideoIds: string[];
  readonly deletedVideoIds: string[];
}

export function defaultSynthesiaScript(): SynthesiaFakeScript {
  return {
    createFailures: [],
    getFailures: [],
    inProgressPolls: 2,
    outcome: 'complete',
    downloadFailures: [],
    goneFiles: [],
    hangAll: false,
  };
}

export async function startSynthesiaFake(
  options: CloudFakeOptions<SynthesiaFakeScript> = {},
): Promise<SynthesiaFake> {
  const { createdIds, deletedIds, ...fake } = await startCloudFake(
    options,
    { key: 'syn-test-key-9876543210', script: defaultSynthesiaScript },
    synthesiaHandler,
  );
  return { ...fake, createdVideoIds: createdIds, deletedVideoIds: deletedIds };
}

function synthesiaHandler(
  { key, script, media, createdIds, deletedIds, createBodies }: CloudFakeState<SynthesiaFakeScript>,
  base: () => string,
): FakeHandler {
  const videos = new Map<string, FakeVideo>();

  // VideoResponse ("Retrieve a video"): download, duration, thumbnail and captions once complete.
  const videoJson = (video: FakeVideo): Record<string, unknown> => {
    const common = {
      id: video.id,
      title: video.body['title'],
      visibility: 'private',
      createdAt: Math.floor(video.createdAt / 1000),
      lastUpdatedAt: Math.floor(Date.now() / 1000),
    };
    if (video.reads < script.inProgressPolls) return { ...common, status: 'in_progress' };
    if (video.outcome !== 'complete') return { ...common, status: video.outcome };
    const file = (name: string) => `${base()}/files/${video.id}/${name}?Signature=${video.token}`;
    return {
      ...common,
      status: 'complete',
      download: file('video.mp4'),
      duration: `0:00:${String(media.synthesiaSeconds).padStart(2, '0')}.000000`,
      thumbnail: { image: file('thumbnail.jpg'), gif: file('thumbnail.gif') },
      captions: { srt: file('captions.srt'), vtt: file('captions.vtt') },
    };
  };

  const api = (req: FakeRequest, res: ServerResponse): void => {
    // Authentication: the raw key in Authorization (https://docs.synthesia.io/reference/synthesia-api-quickstart);
    // 401 without one, 403 for a key that is not valid.
    const presented = req.headers['authorization'];
    if (!presented) return sendJson(res, 401, { error: 'Unauthorized' });
    if (presented !== key) return sendJson(res, 403, { error: 'Forbidden: invalid API key' });
    if (req.method === 'GET' && req.path === '/v2/videos') {
      sendJson(res, 200, {
        videos: [...videos.values()].slice(0, Number(req.query.get('limit') ?? 20)).map(videoJson),
      });
      return;
    }
    if (req.method === 'POST' && req.path === '/v2/videos') {
      const failure = script.createFailures.shift();
      if (failure) return sendScriptedFailure(res, failure);
      const problem = validateCreate(req.body);
      if (problem) return sendJson(res, 400, { error: problem });
      const video: FakeVideo = {
        id: randomUUID(),
        body: req.body as Record<string, unknown>,
        outcome: script.outcome,
        createdAt: Date.now(),
        reads: 0,
        token: randomUUID(),
      };
      videos.set(video.id, video);
      createdIds.push(video.id);
      createBodies.push(video.body);
      // "Create a video" answers 201 with the VideoResponse, status in_progress.
      sendJson(res, 201, videoJson(video));
      return;
    }
    const match = /^\/v2\/videos\/([^/]+)$/.exec(req.path);
    if (match) {
      const id = decodeURIComponent(match[1]!);
      if (req.method === 'DELETE') deletedIds.push(id);
      if (req.method === 'GET') {
        const failure = script.getFailures.shift();
        if (failure) return sendScriptedFailure(res, failure);
      }
      const video = videos.get(id);
      if (!video) return sendJson(res, 404, { error: 'Video not found' });
      if (req.method === 'GET') {
        const json = videoJson(video);
        video.reads += 1;
        return sendJson(res, 200, json);
      }
      if (req.method === 'DELETE') {
        videos.delete(id);
        res.writeHead(204).end();
        return;
      }
    }
    sendJson(res, 404, { error: `no route for ${req.method} ${req.path}` });
  };

  return (req, res) => {
    const file = /^\/files\/([^/]+)\/([a-z0-9.]+)$/.exec(req.path);
    if (file) {
      const video = videos.get(file[1]!);
      const name = file[2]!;
      const failure = name === 'video.mp4' ? script.downloadFailures.shift() : undefined;
      if (failure === 'hang') return hang(res);
      if (script.goneFiles.includes(name)) return sendJson(res, 404, { error: 'gone' });
      if (!video || req.query.get('Signature') !== video.token || failure === 'expired') {
        // Signed links expire; the file host answers 403 until the video is read again.
        if (video && failure === 'expired') video.token = randomUUID();
        return sendExpiredLink(res);
      }
      if (name === 'video.mp4') return sendFile(res, media.synthesiaVideo, 'video/mp4', failure === 'drop');
      if (name === 'thumbnail.jpg' || name === 'thumbnail.gif')
        return sendFile(res, media.synthesiaThumbnail, 'image/jpeg');
      const text = name === 'captions.srt' ? media.srt : media.vtt;
      res
        .writeHead(200, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(text) })
        .end(text);
      return;
    }
    if (script.hangAll) return hang(res);
    api(req, res);
  };
}

/** The CreateVideoRequest schema of "Create a video" (the fields Reelforge sends). */
function validateCreate(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return 'Request body must be a JSON object';
  const b = body as Record<string, unknown>;
  if (typeof b['test'] !== 'boolean') return 'test: must be a boolean';
  if (!['16:9', '9:16', '1:1', '4:5', '5:4'].includes(String(b['aspectRatio'])))
    return 'aspectRatio: invalid value';
  const input = b['input'];
  if (!Array.isArray(input) || input.length === 0) return 'input: must be a non-empty array';
  for (const [i, scene] of input.entries()) {
    const s = (scene ?? {}) as Record<string, unknown>;
    if (typeof s['scriptText'] !== 'string' || !s['scriptText']) return `input[${i}].scriptText: required`;
    if (typeof s['avatar'] !== 'string') return `input[${i}].avatar: required`;
    if (typeof s['background'] !== 'string') return `input[${i}].background: required`;
  }
  return undefined;
}
