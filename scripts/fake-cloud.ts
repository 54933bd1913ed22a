/**
 * `npm run fake-cloud`: starts loopback fakes of the Runway and Synthesia APIs (the ones the
 * tests use) and prints the environment variables that point Reelforge at them, so both cloud
 * providers can be tried in the CLI and the desktop app without an account or a network.
 *
 *   npm run fake-cloud -- [--runway-port 47811] [--synthesia-port 47812] [--poll 0.5]
 */
import { parseArgs } from 'node:util';
import { makeFakeMedia } from '../test/fakes/fake-media.js';
import { startRunwayFake } from '../test/fakes/runway-fake.js';
import { startSynthesiaFake } from '../test/fakes/synthesia-fake.js';
import { startElevenLabsFake } from '../test/fakes/elevenlabs-fake.js';
import { startOpenAiSpeechFake } from '../test/fakes/openai-speech-fake.js';

const { values } = parseArgs({
  options: {
    'runway-port': { type: 'string', default: '47811' },
    'synthesia-port': { type: 'string', default: '47812' },
    poll: { type: 'string', default: '0.5' },
    'elevenlabs-port': { type: 'string', default: '47813' },
    'openai-port': { type: 'string', default: '47814' },
  },
});

const media = await makeFakeMedia();
const runway = await startRunwayFake({ media, port: Number(values['runway-port']), key: 'fake-runway-key' });
const synthesia = await startSynthesiaFake({
  media,
  port: Number(values['synthesia-port']),
  key: 'fake-synthesia-key',
});

const elevenlabs = await startElevenLabsFake({
  port: Number(values['elevenlabs-port']),
  key: 'fake-elevenlabs-key',
});

const openai = await startOpenAiSpeechFake({ port: Number(values['openai-port']), key: 'fake-openai-key' });

const env = {
  VIDEO_PROVIDER_RUNWAY_API_KEY: runway.key,
  VIDEO_PROVIDER_RUNWAY_API_URL: runway.url,
  VIDEO_PROVIDER_RUNWAY_POLL_INTERVAL: values.poll,
  VIDEO_PROVIDER_SYNTHESIA_API_KEY: synthesia.key,
  VIDEO_PROVIDER_SYNTHESIA_API_URL: synthesia.url,
  VIDEO_PROVIDER_SYNTHESIA_POLL_INTERVAL: values.poll,
  VIDEO_PROVIDER_ELEVENLABS_API_KEY: elevenlabs.key,
  VIDEO_PROVIDER_ELEVENLABS_API_URL: elevenlabs.url,
  VIDEO_PROVIDER_OPENAI_API_KEY: openai.key,
  VIDEO_PROVIDER_OPENAI_API_URL: `${openai.url}/v1`,
};
process.stdout.write('Fake Runway and Synthesia APIs are running. In another shell:\n\n');
for (const [name, value] of Object.entries(env)) process.stdout.write(`export ${name}=${value}\n`);
process.stdout.write(
  '\nthen e.g. npm run reelforge -- render resources/samples/air-morning-clarity.json --provider runway (or synthesia).\nCtrl+C stops the fakes.\n',
);

const stop = async () => {
  await Promise.allSettled([runway.close(), synthesia.close(), elevenlabs.close(), openai.close()]);
  await media.cleanup();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
