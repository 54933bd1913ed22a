import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultProviders } from '../../src/main/composition-root.js';
import { JsonConfigManager } from '../../src/main/infrastructure/config/index.js';
import { HAS_FFMPEG } from '../support/media-tools.js';
import { startRunwayFake, type RunwayFake } from '../fakes/runway-fake.js';
import { jsonLines, runCli, startCli } from '../support/run-cli.js';
import { makeTempDir } from '../support/temp-dir.js';
import { filesContaining } from './cloud-harness.js';

/** The CLI renders with the default providers: this test needs Runway registered there. */
function runwayRegistered(): boolean {
  const temp = makeTempDir();
  try {
    return createDefaultProviders(JsonConfigManager.open({ dataDir: temp.path, env: {} })).some(
      (p) => p.id === 'runway',
    );
  } finally {
    temp.cleanup();
  }
}

let fake: RunwayFake;
beforeAll(async () => {
  fake = await startRunwayFake();
});
afterAll(async () => {
  await fake.close();
});

describe.skipIf(!HAS_FFMPEG || !runwayRegistered())('a Runway render killed with SIGKILL', () => {
  it('resumes polling the checkpointed tasks on the next start, without a second create call', async () => {
    const temp = makeTempDir();
    try {
      const dataDir = temp.path;
      const script = join(dataDir, 'script.json');
      writeFileSync(
        script,
        JSON.stringify({
          channel: 'air',
          topic: 'Killed mid render',
          hook: 'Stop scrolling for one calm breath.',
          main_points: ['Point number 1 keeps it simple.'],
          call_to_action: 'Follow for a daily reset.',
        }),
      );
      const env = {
        REELFORGE_DATA_DIR: dataDir,
        VIDEO_STORAGE_PATH: join(dataDir, 'videos'),
        VIDEO_PROVIDER_RUNWAY_API_KEY: fake.key,
        VIDEO_PROVIDER_RUNWAY_API_URL: fake.url,
        VIDEO_PROVIDER_RUNWAY_POLL_INTERVAL: '0.05',
      };
      // Long enough running that the kill lands while every clip is being polled.
      fake.script.runningPolls = 40;
      const child = startCli(['render', script, '--provider', 'runway', '--quality', 'draft', '--json'], env);
      const before = fake.createdTaskIds.length;
      // Polls of a task come after its id was checkpointed: then the kill loses nothing.
      const deadline = Date.now() + 20_000;
      while (!fake.createdTaskIds.slice(before).some((id) => fake.requests.includes(`GET /v1/tasks/${id}`))) {
        if (Date.now() > deadline) throw new Error('the CLI never polled a task');
        await new Promise((r) => setTimeout(r, 20));
      }
      child.kill('SIGKILL');
      await new Promise((r) => child.once('close', r));
      const createdBeforeKill = fake.createdTaskIds.length - before;
      expect(createdBeforeKill).toBeGreaterThan(0);

      fake.script.runningPolls = 1;
      const resumed = await runCli(['resume', '--json'], env);
      expect(resumed.stderr).toMatch(/was rendering at runway when Reelforge stopped; resuming it now/);
      const [job] = jsonLines(resumed.stdout);
      expect(job).toMatchObject({ status: 'completed' });
      // Three scenes: the tasks created before the kill were resumed, only the rest were created.
      expect(fake.createdTaskIds.length - before).toBe(3);
      expect(
        fake.createdTaskIds
          .slice(before, before + createdBeforeKill)
          .every((id) => fake.requests.filter((r) => r === `GET /v1/tasks/${id}`).length > 1),
      ).toBe(true);
      expect(filesContaining(dataDir, fake.key)).toEqual([]);
    } finally {
      temp.cleanup();
    }
  }, 60_000);
});
