import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DATABASE_FILE,
  openDatabase,
  SqliteJobRepository,
} from '../../src/main/infrastructure/storage/index.js';
import { makeTone, meanVolume, probe } from '../support/media-tools.js';
import { until } from '../support/until.js';
import { startConnectedFarm } from './desktop-farm.js';
import { REPO_ROOT } from './farm-processes.js';
import { useRedisPerTest } from './redis-process.js';

const TOKEN = 'farm-outside-media-token-0123';
const sample = JSON.parse(
  readFileSync(join(REPO_ROOT, 'resources/samples/air-morning-clarity.json'), 'utf8'),
) as Record<string, unknown>;

// Music and voice-overs a script names outside its own folder — by an absolute path, or by a
// path leading out of it — travel to the worker like those inside it: fetched by sha256 from the
// coordinator, and the worker's parse of the script finds its copy, never the coordinator's path.
describe('media outside the script folder on a farm', () => {
  const redis = useRedisPerTest();

  it('reach the worker, which renders with its own copies', async () => {
    const { app, root, startWorker } = await startConnectedFarm(redis, TOKEN);

    // An absolute path, in a script sent as text (the page's upload), to a folder the user
    // dropped on the window (the page may name no other file).
    const absoluteMusic = join(root, 'elsewhere', 'tone.wav');
    mkdirSync(join(root, 'elsewhere'));
    makeTone(absoluteMusic, 440, 3);
    await app.runtime.addUserPaths([join(root, 'elsewhere')]);
    const [uploaded] = await app.runtime.handlers['library.addFiles']({
      files: [{ name: 'absolute.json', content: JSON.stringify({ ...sample, music: absoluteMusic }) }],
    });
    // A path out of the script's folder, in a script file the user opened.
    mkdirSync(join(root, 'project', 'scripts'), { recursive: true });
    mkdirSync(join(root, 'project', 'shared'));
    makeTone(join(root, 'project', 'shared', 'low.wav'), 220, 3);
    await app.runtime.addUserPaths([join(root, 'project', 'shared')]);
    const scriptFile = join(root, 'project', 'scripts', 'outside.json');
    writeFileSync(scriptFile, JSON.stringify({ ...sample, music: '../shared/low.wav' }));
    const [opened] = await app.runtime.addUserPaths([scriptFile]);

    const absoluteJob = (
      await app.runtime.handlers['jobs.enqueue']({
        libraryIds: [uploaded!.id],
        provider: 'ffmpeg',
        quality: 'draft',
      })
    ).jobs[0]!.id;
    const outsideJob = (
      await app.runtime.handlers['jobs.enqueue']({ libraryIds: [opened!.id], provider: 'mock' })
    ).jobs[0]!.id;

    const worker = await startWorker('ffmpeg,mock');
    const ended = (id: string) => !['queued', 'running'].includes(app.runtime.service.getJob(id).status);
    await until(() => ended(absoluteJob) && ended(outsideJob), 90_000);
    for (const id of [absoluteJob, outsideJob]) {
      const job = app.runtime.service.getJob(id);
      expect(job.status, job.error?.message).toBe('completed');
      expect(job.worker).toBe(worker.name);
    }
    // The rendered video carries the music.
    const video = app.runtime.service.getJob(absoluteJob).result!.outputPath;
    expect(probe(video).streams.map((s) => s.codec_type)).toContain('audio');
    expect(meanVolume(video, 0.5, 1)).toBeGreaterThan(-40);

    // The app's History plays it from its own output folder, as it plays renders made here.
    const played = await fetch(`${app.origin}/media/job/${absoluteJob}/video?token=${app.token}`);
    expect(played.status).toBe(200);
    expect(played.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await played.arrayBuffer()).equals(readFileSync(video))).toBe(true);

    // Both files were fetched into the worker's cache, and its renders used those copies.
    expect(
      readdirSync(join(worker.dataDir, 'farm-inputs')).filter((name) => !name.startsWith('.')),
    ).toHaveLength(2);
    const database = openDatabase(join(worker.dataDir, DEFAULT_DATABASE_FILE));
    try {
      const musicPaths = new SqliteJobRepository(database).list().map((job) => job.script.media?.music);
      expect(musicPaths).toHaveLength(2);
      for (const music of musicPaths) {
        expect(music).toContain(join(worker.dataDir, 'farm-work'));
        expect(music).toMatch(/\.farm-media\/[0-9a-f]{64}\/(tone|low)\.wav$/);
      }
    } finally {
      database.close();
    }
  }, 120_000);
});
