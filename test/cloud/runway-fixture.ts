import { afterAll, afterEach, beforeAll } from 'vitest';
import { makeFakeMedia, type FakeMedia } from '../fakes/fake-media.js';
import { defaultRunwayScript, startRunwayFake, type RunwayFake } from '../fakes/runway-fake.js';
import { createCloudHarness, fastCloudSettings, type CloudHarness } from './cloud-harness.js';

export interface RunwayFixture {
  /** The fake Runway API of this test file (started in beforeAll). */
  fake(): RunwayFake;
  /** A service pointed at the fake; closed after each test, when the fake's script is reset. */
  harness(runway?: Record<string, unknown>, global?: Record<string, unknown>): CloudHarness;
}

/** Starts one fake Runway per test file and gives each test fresh services against it. */
export function useRunwayFixture(): RunwayFixture {
  let media: FakeMedia;
  let fake: RunwayFake;
  const open: CloudHarness[] = [];
  beforeAll(async () => {
    media = await makeFakeMedia();
    fake = await startRunwayFake({ media });
  });
  afterAll(async () => {
    await fake.close();
    await media.cleanup();
  });
  afterEach(async () => {
    for (const h of open.splice(0)) await h.close();
    Object.assign(fake.script, defaultRunwayScript());
  });
  return {
    fake: () => fake,
    harness(runway = {}, global = {}) {
      const h = createCloudHarness({
        providers: { runway: fastCloudSettings(fake.url, fake.key, runway) },
        global: { default_quality: 'draft', ...global },
      });
      open.push(h);
      return h;
    },
  };
}
