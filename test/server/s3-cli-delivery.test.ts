import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { jsonLines, REPO_ROOT, runCli } from '../support/run-cli.js';
import { makeTempDir } from '../support/temp-dir.js';
import { startS3Server } from './s3-server.js';

let temp: ReturnType<typeof makeTempDir> | undefined;
let s3: Awaited<ReturnType<typeof startS3Server>> | undefined;
afterEach(async () => {
  await s3?.close();
  temp?.cleanup();
});

it('reelforge render uploads what it rendered to the delivery bucket before it prints, and prints deliveredUrl', async () => {
  temp = makeTempDir('reelforge-cli-delivery-');
  s3 = await startS3Server(join(temp.path, 's3'), ['renders']);
  writeFileSync(
    join(temp.path, 'config.json'),
    JSON.stringify({
      providers: { mock: { simulated_seconds: 0.05 } },
      delivery: {
        s3: {
          endpoint: s3.endpoint,
          region: 'us-east-1',
          bucket: 'renders',
          prefix: 'cli/',
          force_path_style: true,
        },
      },
    }),
  );
  const run = await runCli(
    ['render', join(REPO_ROOT, 'resources/samples/fire-start-now.json'), '--provider', 'mock', '--json'],
    {
      REELFORGE_DATA_DIR: temp.path,
      VIDEO_STORAGE_PATH: join(temp.path, 'videos'),
      REELFORGE_S3_ACCESS_KEY_ID: s3.accessKeyId,
      REELFORGE_S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    },
  );
  expect(run.code, run.stderr).toBe(0);
  const [job] = jsonLines(run.stdout);
  const url = String(job!['deliveredUrl']);
  expect(url).toMatch(new RegExp(`^${s3.endpoint}/renders/cli/${String(job!['id'])}/`));
  const response = await fetch(url);
  expect(response.status).toBe(200);
});
