import { afterAll, afterEach, beforeAll } from 'vitest';
import { defaultRunwayScript, startRunwayFake, type RunwayFake } from '../fakes/runway-fake.js';
import { defaultSynthesiaScript, startSynthesiaFake, type SynthesiaFake } from '../fakes/synthesia-fake.js';
import { createCloudHarness, fastCloudSettings, type CloudHarness } from './cloud-harness.js';

export interface CloudFixture<Fake> {
  /** The fake API of this test file (started in beforeAll, with its own media). */
  fake(): Fake;
  /** A service pointed at the fake; closed after each test, when the fake's script is reset. */
  harness(settings?: Record<string, unknown>, global?: Record<string, unknown>): CloudHarness;
}

interface FakeApi<Script> {
  readonly url: string;
  readonly key: string;
  readonly script: Script;
  close(): Promise<void>;
}

/** Starts one fake API per test file and gives each test fresh services against it. */
function useCloudFixture<Script extends object, Fake extends FakeApi<Script>>(options: {
  readonly provider: 'runway' | 'synthesia';
  readonly start: () => Promise<Fake>;
  readonly defaultScript: () => Script;
  /** The harness's `default_quality`. */
  readonly quality: string;
}): CloudFixture<Fake> {
  let fake: Fake;
  const open: CloudHarness[] = [];
  beforeAll(async () => {
    fake = await options.start();
  });
  afterAll(async () => {
    await fake.close();
  });
  afterEach(async () => {
    for (const h of open.splice(0)) await h.close();
    Object.assign(fake.script, options.defaultScript());
  });
  return {
    fake: () => fake,
    harness(settings = {}, global = {}) {
      const h = createCloudHarness({
        providers: { [options.provider]: fastCloudSettings(fake.url, fake.key, settings) },
        global: { default_quality: options.quality, ...global },
      });
      open.push(h);
      return h;
    },
  };
}

export function useRunwayFixture(): CloudFixture<RunwayFake> {
  return useCloudFixture({
    provider: 'runway',
    start: () => startRunwayFake(),
    defaultScript: defaultRunwayScript,
    quality: 'draft',
  });
}

export function useSynthesiaFixture(): CloudFixture<SynthesiaFake> {
  return useCloudFixture({
    provider: 'synthesia',
    start: () => startSynthesiaFake(),
    defaultScript: defaultSynthesiaScript,
    quality: 'standard',
  });
}
