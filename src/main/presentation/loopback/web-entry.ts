// `npm run web`: the Reelforge UI in a browser, for machines without the Electron binary.
import { describeError } from '#core/errors.js';
import { parseWebArgs, WEB_USAGE } from './web-args.js';
import { startWebApp } from './web-app.js';

async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  if (args.help) {
    console.log(WEB_USAGE);
    return;
  }
  const app = await startWebApp({ port: args.port, dataDir: args.dataDir, env: process.env });
  console.log(`Reelforge is running at ${app.url}`);
  const farm = app.runtime.farm.overview();
  if (farm.enabled) {
    console.log(`Render farm: dispatching through Redis at ${farm.redisUrl}`);
    console.log(
      'url' in farm.workerApi
        ? `Workers connect to ${farm.workerApi.url} (token: ${farm.workerApi.token})`
        : farm.workerApi.error,
    );
  }
  console.log(
    'Open that address in a browser on this computer (it includes the access token). Press Ctrl+C to stop.',
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping (running renders become "interrupted" and can be retried)…`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`reelforge web: ${describeError(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`reelforge web: ${describeError(error)}`);
  process.exit(1);
});
