import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonScript } from '../support/json-script.js';
import { HAS_FFMPEG } from '../support/media-tools.js';
import { makeFakeMedia, type FakeMedia } from '../fakes/fake-media.js';
import { startRunwayFake, type RunwayFake } from '../fakes/runway-fake.js';
import { startSynthesiaFake, type SynthesiaFake } from '../fakes/synthesia-fake.js';
import { runCli } from '../support/run-cli.js';
import { makeTempDir } from '../support/temp-dir.js';
import { filesContaining } from './cloud-harness.js';

const WRONG_KEY = 'rf-secret-wrong-key-7f3a9c';

describe.skipIf(!HAS_FFMPEG)('API keys stay secret in everything the CLI prints and stores', () => {
  let media: FakeMedia;
  let runway: RunwayFake;
  let synthesia: SynthesiaFake;
  let temp: ReturnType<typeof makeTempDir>;
  beforeAll(async () => {
    media = await makeFakeMedia();
    runway = await startRunwayFake({ media });
    synthesia = await startSynthesiaFake({ media });
    // The fake echoes the key it was given in its error, as a careless API might.
    runway.script.echoKeyInErrors = true;
    temp = makeTempDir();
  });
  afterAll(async () => {
    await runway.close();
    await synthesia.close();
    await media.cleanup();
    temp.cleanup();
  });

  it('with a wrong key: render, --check, providers and history never show it', async () => {
    const script = join(temp.path, 'script.json');
    writeFileSync(
      script,
      JSON.stringify(jsonScript({ channel: 'air', topic: 'Secret' }, ['Hi.', 'One.', 'Go.'])),
    );
    const env = {
      REELFORGE_DATA_DIR: join(temp.path, 'data'),
      VIDEO_STORAGE_PATH: join(temp.path, 'videos'),
      VIDEO_PROVIDER_RUNWAY_API_KEY: WRONG_KEY,
      VIDEO_PROVIDER_RUNWAY_API_URL: runway.url,
      VIDEO_PROVIDER_RUNWAY_POLL_INTERVAL: '0.05',
      VIDEO_PROVIDER_SYNTHESIA_API_KEY: WRONG_KEY,
      VIDEO_PROVIDER_SYNTHESIA_API_URL: synthesia.url,
      VIDEO_PROVIDER_SYNTHESIA_POLL_INTERVAL: '0.05',
    };
    const runs = [
      await runCli(['render', script, '--provider', 'runway', '--quality', 'draft', '--json'], env),
      await runCli(['render', script, '--provider', 'synthesia', '--quality', 'draft'], env),
      await runCli(['providers', '--check', '--json'], env),
      await runCli(['providers', '--json'], env),
      await runCli(['history', '--json'], env),
    ];
    expect(runs[0]!.code).toBe(1);
    expect(runs[0]!.stdout).toMatch(/wrong key|refused|401/i);
    expect(runs[2]!.stdout).toMatch(/wrong key/);
    for (const run of runs) {
      expect(run.stdout).not.toContain(WRONG_KEY);
      expect(run.stderr).not.toContain(WRONG_KEY);
    }
    expect(filesContaining(temp.path, WRONG_KEY)).toEqual([]);
  }, 60_000);
});
