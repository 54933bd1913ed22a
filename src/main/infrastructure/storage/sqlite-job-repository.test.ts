import { beforeEach, describe, expect, it } from 'vitest';
import { useMemoryDatabase } from '../test-support/memory-database.js';
import type { VideoJob } from '../../application/job.js';
import { JobNotFoundError } from '#core/errors.js';
import { CorruptRecordError, JobIdPrefixError } from './errors.js';
import { SqliteJobRepository } from './sqlite-job-repository.js';
import { makeJob, makeScript } from './test-fixtures.js';

describe('SqliteJobRepository', () => {
  const memory = useMemoryDatabase();
  let jobs: SqliteJobRepository;
  beforeEach(() => {
    jobs = new SqliteJobRepository(memory.db);
  });

  const ids = (list: readonly VideoJob[]) => list.map((job) => job.id);

  describe('insert / get / delete', () => {
    it('stores a job and reads it back equal', () => {
      const job = makeJob({ ownerPid: 77 });
      jobs.insert(job);
      expect(jobs.get(job.id)).toEqual(job);
    });

    it('stores the variant and its group, and reads them back', () => {
      const job = makeJob({
        variant: 'question-hook',
        variantGroup: 'group-1',
        script: makeScript({ template: 'bold-night' }),
      });
      jobs.insert(job);
      expect(jobs.get(job.id)).toEqual(job);
      expect(memory.db.prepare('SELECT variant, variant_group FROM jobs').get()).toEqual({
        variant: 'question-hook',
        variant_group: 'group-1',
      });
    });

    it('returns undefined for an unknown id', () => {
      expect(jobs.get('nope')).toBeUndefined();
    });

    it('refuses a second job with the same id', () => {
      const job = makeJob();
      jobs.insert(job);
      expect(() => jobs.insert(job)).toThrow(`a job with id ${job.id} already exists`);
    });

    it('refuses an empty id', () => {
      expect(() => jobs.insert(makeJob({ id: ' ' }))).toThrow('empty id');
    });

    it('deletes and says whether anything was deleted', () => {
      const job = makeJob();
      jobs.insert(job);
      expect(jobs.delete(job.id)).toBe(true);
      expect(jobs.delete(job.id)).toBe(false);
      expect(jobs.get(job.id)).toBeUndefined();
    });
  });

  describe('update', () => {
    it('merges the update, persists it and returns the new job', () => {
      const job = makeJob();
      jobs.insert(job);
      const started = {
        status: 'running',
        progress: 0.25,
        stage: 'encoding',
        providerId: 'ffmpeg',
        startedAt: '2025-01-01T13:00:00.000Z',
        ownerPid: 1234,
      } as const;
      const updated = jobs.update(job.id, started);
      expect(updated).toEqual({ ...job, ...started });
      expect(jobs.get(job.id)).toEqual(updated);
    });

    it('stores a result and mirrors its paths into the columns', () => {
      const job = makeJob();
      jobs.insert(job);
      const result = {
        jobId: job.id,
        providerId: 'mock',
        outputPath: '/videos/a.mp4',
        durationSeconds: 5,
        sizeBytes: 10,
        width: 540,
        height: 960,
        mimeType: 'video/mp4',
        fallbackTrail: [],
        renderSeconds: 1,
      };
      jobs.update(job.id, { status: 'completed', result });
      expect(jobs.get(job.id)?.result).toEqual(result);
      expect(memory.db.prepare('SELECT output_path, thumbnail_path FROM jobs').get()).toEqual({
        output_path: '/videos/a.mp4',
        thumbnail_path: null,
      });
    });

    it('clears the fields named in clear, as for a retry', () => {
      const job = makeJob({
        status: 'failed',
        providerId: 'ffmpeg',
        startedAt: '2025-01-01T13:00:00.000Z',
        completedAt: '2025-01-01T13:01:00.000Z',
        error: { code: 'timeout', message: 'timed out after 60 s' },
        ownerPid: 9,
      });
      jobs.insert(job);
      const retried = jobs.update(job.id, {
        status: 'queued',
        progress: 0,
        clear: ['error', 'providerId', 'startedAt', 'completedAt', 'ownerPid', 'result'],
      });
      const { providerId: _p, startedAt: _s, completedAt: _c, error: _e, ownerPid: _o, ...rest } = job;
      expect(retried).toStrictEqual({ ...rest, status: 'queued', progress: 0 });
      expect(jobs.get(job.id)).toStrictEqual(retried);
    });

    it('throws JobNotFoundError for an unknown id', () => {
      expect(() => jobs.update('ghost', { status: 'running' })).toThrow(JobNotFoundError);
    });

    it('writes only the columns an update changes: progress leaves the stored timeline alone', () => {
      const job = makeJob();
      jobs.insert(job);
      memory.db.exec(`
        CREATE TABLE timeline_writes (n INTEGER);
        CREATE TRIGGER count_timeline_writes AFTER UPDATE OF timeline_json ON jobs
        BEGIN INSERT INTO timeline_writes VALUES (1); END;
      `);
      const writes = () =>
        (memory.db.prepare('SELECT COUNT(*) AS n FROM timeline_writes').get() as { n: number }).n;
      jobs.update(job.id, { status: 'running', progress: 0.4, stage: 'rendering' });
      expect(writes()).toBe(0);
      const longer = { ...job.timeline, durationSeconds: job.timeline.durationSeconds + 1 };
      expect(jobs.update(job.id, { timeline: longer }).timeline).toEqual(longer);
      expect(writes()).toBe(1);
      expect(jobs.get(job.id)).toMatchObject({ progress: 0.4, stage: 'rendering', timeline: longer });
    });

    it('does not touch other jobs', () => {
      const a = makeJob();
      const b = makeJob();
      jobs.insert(a);
      jobs.insert(b);
      jobs.update(a.id, { status: 'cancelled' });
      expect(jobs.get(b.id)).toEqual(b);
    });
  });

  describe('list and count', () => {
    const at = (day: number) => new Date(Date.UTC(2025, 2, day, 9)).toISOString();
    let fixtures: Record<string, VideoJob>;

    beforeEach(() => {
      fixtures = {
        tech: makeJob({
          channel: 'tech',
          topic: 'Rust in 60 seconds',
          status: 'completed',
          providerId: 'ffmpeg',
          createdAt: at(1),
        }),
        mind: makeJob({
          channel: 'mindful',
          topic: 'Breathing 4-7-8',
          status: 'failed',
          providerId: 'remotion',
          createdAt: at(2),
        }),
        sale: makeJob({
          channel: 'tech',
          topic: '100% free tools',
          scriptName: 'tools_list.md',
          status: 'queued',
          createdAt: at(3),
        }),
        plain: makeJob({
          channel: 'mindful',
          topic: '1000 free ideas',
          scriptName: 'toolsXlist.md',
          status: 'running',
          providerId: 'ffmpeg',
          createdAt: at(4),
        }),
      };
      for (const job of Object.values(fixtures)) jobs.insert(job);
    });

    it('lists newest first by default, oldest first on request', () => {
      expect(ids(jobs.list())).toEqual([
        fixtures.plain!.id,
        fixtures.sale!.id,
        fixtures.mind!.id,
        fixtures.tech!.id,
      ]);
      expect(ids(jobs.list({ order: 'oldest' }))).toEqual([
        fixtures.tech!.id,
        fixtures.mind!.id,
        fixtures.sale!.id,
        fixtures.plain!.id,
      ]);
    });

    it('filters by status, channel and provider together', () => {
      expect(ids(jobs.list({ status: ['completed', 'running'] }))).toEqual([
        fixtures.plain!.id,
        fixtures.tech!.id,
      ]);
      expect(ids(jobs.list({ channel: 'tech' }))).toEqual([fixtures.sale!.id, fixtures.tech!.id]);
      expect(ids(jobs.list({ providerId: 'ffmpeg', channel: 'mindful' }))).toEqual([fixtures.plain!.id]);
    });

    it('searches topic and script name case-insensitively', () => {
      expect(ids(jobs.list({ search: 'rust' }))).toEqual([fixtures.tech!.id]);
      expect(ids(jobs.list({ search: 'BREATHING' }))).toEqual([fixtures.mind!.id]);
      expect(ids(jobs.list({ search: 'tools_list' }))).toEqual([fixtures.sale!.id]);
    });

    it('searches the words of the script: hook, points and call to action, not its JSON keys', () => {
      const written = makeJob({
        topic: 'Sleep',
        scriptName: 'sleep.json',
        script: makeScript({
          hook: 'Your pillow is lying to you.',
          mainPoints: ['Dim the lights at nine', 'No screens in bed'],
          callToAction: 'Save this for tonight.',
        }),
        createdAt: at(5),
      });
      jobs.insert(written);
      expect(ids(jobs.list({ search: 'pillow is lying' }))).toEqual([written.id]);
      expect(ids(jobs.list({ search: 'SCREENS' }))).toEqual([written.id]);
      expect(ids(jobs.list({ search: 'for tonight' }))).toEqual([written.id]);
      expect(ids(jobs.list({ search: 'callToAction' }))).toEqual([]);
      expect(ids(jobs.list({ search: 'hook' }))).toEqual([]);
    });

    it('treats % and _ in a search as literal characters', () => {
      // Unescaped, "100%" would also match "1000 free ideas" and "_" would match "X".
      expect(ids(jobs.list({ search: '100%' }))).toEqual([fixtures.sale!.id]);
      expect(ids(jobs.list({ search: 's_l' }))).toEqual([fixtures.sale!.id]);
    });

    it('bounds createdAt, after inclusive and before exclusive', () => {
      expect(ids(jobs.list({ createdAfter: at(2), createdBefore: at(4), order: 'oldest' }))).toEqual([
        fixtures.mind!.id,
        fixtures.sale!.id,
      ]);
      expect(ids(jobs.list({ createdAfter: '2025-03-04' }))).toEqual([fixtures.plain!.id]);
    });

    it('pages with limit and offset', () => {
      expect(ids(jobs.list({ limit: 2 }))).toEqual([fixtures.plain!.id, fixtures.sale!.id]);
      expect(ids(jobs.list({ limit: 2, offset: 2 }))).toEqual([fixtures.mind!.id, fixtures.tech!.id]);
      expect(ids(jobs.list({ offset: 3 }))).toEqual([fixtures.tech!.id]);
    });

    it('counts matches, ignoring paging', () => {
      expect(jobs.count()).toBe(4);
      expect(jobs.count({ channel: 'tech', limit: 1 })).toBe(2);
      expect(jobs.count({ search: 'nothing like this' })).toBe(0);
    });

    it('counts by provider, with "none" for jobs not yet assigned', () => {
      expect(jobs.countBy('providerId')).toEqual({ ffmpeg: 2, remotion: 1, none: 1 });
      expect(jobs.countBy('channel')).toEqual({ tech: 2, mindful: 2 });
      expect(jobs.countBy('status')).toEqual({ completed: 1, failed: 1, queued: 1, running: 1 });
      expect(jobs.countBy('quality')).toEqual({ standard: 4 });
    });
  });

  describe('queue order', () => {
    it('lists queued jobs in insertion order even with identical timestamps', () => {
      const createdAt = '2025-05-05T05:05:05.000Z';
      const queued = ['zeta', 'alpha', 'mike'].map((name) => makeJob({ id: `${name}-job`, createdAt }));
      for (const job of queued) jobs.insert(job);
      jobs.insert(makeJob({ id: 'done-job', status: 'completed', createdAt }));

      expect(ids(jobs.listQueued())).toEqual(['zeta-job', 'alpha-job', 'mike-job']);
      // Newest first in the history breaks the tie the same way, reversed.
      expect(ids(jobs.list({ status: ['queued'] }))).toEqual(['mike-job', 'alpha-job', 'zeta-job']);
    });

    it('follows insertion order, not the clock, when a peer stamps an earlier time', () => {
      jobs.insert(makeJob({ id: 'first-in', createdAt: '2025-05-05T05:05:06.000Z' }));
      jobs.insert(makeJob({ id: 'second-in', createdAt: '2025-05-05T05:05:05.000Z' }));
      expect(ids(jobs.listQueued())).toEqual(['first-in', 'second-in']);
    });

    it('keeps the order after a job leaves and rejoins the queue', () => {
      const [a, b, c] = [makeJob(), makeJob(), makeJob()];
      for (const job of [a!, b!, c!]) jobs.insert(job);
      jobs.update(a!.id, { status: 'failed' });
      jobs.update(a!.id, { status: 'queued' });
      expect(ids(jobs.listQueued())).toEqual([a!.id, b!.id, c!.id]);
    });

    it('keeps numbering above the highest job after deletes', () => {
      const [a, b] = [makeJob(), makeJob()];
      jobs.insert(a!);
      jobs.insert(b!);
      jobs.delete(b!.id);
      const c = makeJob();
      jobs.insert(c);
      expect(ids(jobs.listQueued())).toEqual([a!.id, c.id]);
    });

    it('lists running jobs whatever their owner', () => {
      jobs.insert(makeJob({ id: 'r1', status: 'running', ownerPid: 1 }));
      jobs.insert(makeJob({ id: 'r2', status: 'running', ownerPid: 2 }));
      jobs.insert(makeJob({ id: 'q1' }));
      expect(ids(jobs.listRunning())).toEqual(['r1', 'r2']);
    });
  });

  describe('resolveIdPrefix', () => {
    beforeEach(() => {
      jobs.insert(makeJob({ id: '3f2a9c10-aaaa' }));
      jobs.insert(makeJob({ id: '3f2a9c77-bbbb' }));
      jobs.insert(makeJob({ id: '9b_d0000-cccc' }));
      jobs.insert(makeJob({ id: 'abc' }));
    });

    it('resolves a unique prefix of four or more characters', () => {
      expect(jobs.resolveIdPrefix('3f2a9c1')).toBe('3f2a9c10-aaaa');
      expect(jobs.resolveIdPrefix('3F2A9C7')).toBe('3f2a9c77-bbbb');
    });

    it('resolves an exact id, however short', () => {
      expect(jobs.resolveIdPrefix('abc')).toBe('abc');
      expect(jobs.resolveIdPrefix(' 3f2a9c10-aaaa ')).toBe('3f2a9c10-aaaa');
    });

    it('returns undefined when nothing matches', () => {
      expect(jobs.resolveIdPrefix('ffff')).toBeUndefined();
      expect(jobs.resolveIdPrefix('')).toBeUndefined();
    });

    it('treats _ and % in the prefix literally', () => {
      expect(jobs.resolveIdPrefix('9b_d')).toBe('9b_d0000-cccc');
      expect(jobs.resolveIdPrefix('3f2a%')).toBeUndefined();
      expect(jobs.resolveIdPrefix('3f_a')).toBeUndefined();
    });

    it('throws naming the candidates when the prefix is ambiguous', () => {
      expect(() => jobs.resolveIdPrefix('3f2a')).toThrow(JobIdPrefixError);
      expect(() => jobs.resolveIdPrefix('3f2a')).toThrow(
        'job id prefix "3f2a" is ambiguous: it matches 3f2a9c10-aaaa, 3f2a9c77-bbbb; type more characters',
      );
    });

    it('throws when the prefix is too short to be safe', () => {
      expect(() => jobs.resolveIdPrefix('3f2')).toThrow(
        'job id prefix "3f2" is too short: type at least 4 characters',
      );
    });
  });

  describe('a corrupt row', () => {
    it('fails get and list with the job id and column, and can still be deleted', () => {
      const good = makeJob();
      const bad = makeJob({ id: 'damaged-1234' });
      jobs.insert(good);
      jobs.insert(bad);
      memory.db.prepare("UPDATE jobs SET options_json = '{not json' WHERE id = ?").run(bad.id);

      expect(() => jobs.get(bad.id)).toThrow(CorruptRecordError);
      expect(() => jobs.list()).toThrow(
        /jobs row damaged-1234 is corrupt: column options_json: not valid JSON/,
      );
      expect(() => jobs.update(bad.id, { status: 'cancelled' })).toThrow(/damaged-1234/);
      expect(jobs.get(good.id)).toEqual(good);

      expect(jobs.delete(bad.id)).toBe(true);
      expect(ids(jobs.list())).toEqual([good.id]);
    });
  });
});
