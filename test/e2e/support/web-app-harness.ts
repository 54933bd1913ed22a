// A loopback web app on a temp data folder, as a user's install would have it: config.json with
// a slow mock provider (so a render can be cancelled), videos in the temp folder, the default
// provider left at the install default (FFmpeg).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebApp, type WebApp } from '../../../src/main/presentation/loopback/index.js';
import { snapshotRenderer } from './renderer-build.js';

export const MOCK_SIMULATED_SECONDS = 3;

export interface WebAppHarness {
  readonly root: string;
  readonly dataDir: string;
  readonly videosDir: string;
  readonly rendererDir: string;
  readonly configPath: string;
  start(): Promise<WebApp>;
  cleanup(): void;
}

export function createWebAppHarness(): WebAppHarness {
  const root = mkdtempSync(join(tmpdir(), 'reelforge-e2e-'));
  const dataDir = join(root, 'data');
  const videosDir = join(root, 'videos');
  mkdirSync(dataDir);
  const rendererDir = snapshotRenderer(join(root, 'renderer'));
  const configPath = join(dataDir, 'config.json');
  writeFileSync(
    configPath,
    JSON.stringify({ providers: { mock: { simulated_seconds: MOCK_SIMULATED_SECONDS } } }, null, 2),
  );
  // Only what the app needs from the environment: PATH (to find ffmpeg) and where videos go.
  const env = { PATH: process.env.PATH, VIDEO_STORAGE_PATH: videosDir };
  return {
    root,
    dataDir,
    videosDir,
    rendererDir,
    configPath,
    start: () => startWebApp({ dataDir, env, rendererDir, port: 0 }),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Ids of every job the app knows, to tell which one a click just queued. */
export function jobIds(app: WebApp): Set<string> {
  return new Set(app.runtime.service.listJobs().map((job) => job.id));
}
