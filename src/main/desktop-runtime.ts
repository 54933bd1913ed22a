import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createReelforgeCore, type CreateServiceOptions } from './composition-root.js';
import { withPageImage } from './infrastructure/templates/index.js';
import { ffmpegChannelPictures } from './infrastructure/providers/ffmpeg/index.js';
import { CheckedAssetsCache } from './infrastructure/templates/checked-assets-cache.js';
import { writeScriptFile } from './infrastructure/files/write-script-file.js';
import { ScriptLibrary } from './application/script-library.js';
import { UserPathGrants } from './application/user-path-grants.js';
import { pageScriptMedia } from './application/local-media.js';
import type { VideoGenerationService } from './application/video-generation-service.js';
import type { ConfigManager } from '#core/config.js';
import { SqliteAnalyticsRepository } from './infrastructure/analytics/sqlite-analytics-repository.js';
import { LibraryWatcher } from './infrastructure/files/library-watcher.js';
import { listScriptFolder } from './infrastructure/files/script-folder.js';
import { SqliteLibraryRepository, type Database } from './infrastructure/storage/index.js';
import { createApiHandlers } from './presentation/api/create-api-handlers.js';
import type { DesktopPlatform } from './presentation/api/desktop-platform.js';
import type { ChannelMediaLookup } from './presentation/media/resolve-channel-media.js';
import type { TemplateMediaLookup } from './presentation/media/resolve-template-media.js';
import { FarmStatusBoard } from './presentation/api/farm-overview.js';
import type { ApiEventName, ApiEvents, ApiHandlers } from '#shared/api-contract.js';
import type { AppInfo, LibraryEntry } from '#shared/api-types.js';

export interface DesktopRuntime {
  readonly service: VideoGenerationService;
  readonly config: ConfigManager;
  readonly library: ScriptLibrary;
  readonly handlers: ApiHandlers;
  /** The service's database connection (the render server keeps its idempotency keys there). */
  readonly database: Database;
  /** The render farm this process coordinates once it is started (see startJobDispatch). */
  readonly farm: FarmStatusBoard;
  /** The files user templates point at, as the template store checks them (served to the preview). */
  readonly templateMedia: TemplateMediaLookup;
  /**
   * The files config names per channel (the FFmpeg provider's channel picture), from the current
   * config on every request (served to the preview by channel id).
   */
  readonly channelMedia: ChannelMediaLookup;
  /**
   * Adds files and folders the user gave in main (command line, the OS's open-file, a drop the
   * shell handled); the page may name them, and scripts inside those folders, from then on.
   */
  addUserPaths(paths: readonly string[]): Promise<LibraryEntry[]>;
  /** Every event the UI receives, whatever the transport. */
  subscribe(listener: <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void): () => void;
  close(): Promise<void>;
}

export interface DesktopRuntimeOptions extends Omit<CreateServiceOptions, 'adoptOrphanedJobs'> {
  readonly platform?: DesktopPlatform;
  readonly transport: AppInfo['transport'];
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * Everything the desktop UI talks to, for either transport: the service (which adopts queued
 * jobs left by exited processes), the script library with its file watcher, and the handlers.
 */
export function createDesktopRuntime(options: DesktopRuntimeOptions): DesktopRuntime {
  const { service, config, registry, database, channels, scripts, webhooks, templates, voices } =
    createReelforgeCore({
      ...options,
      adoptOrphanedJobs: true,
      // A long-lived process: it sends the webhook deliveries job changes queue.
      deliverWebhooks: options.deliverWebhooks ?? true,
      // Keys saved in Settings (encrypted by the desktop shell) reach the cloud providers.
      secrets: options.platform?.secrets,
    });
  // A template's files, checked once per change of them: the library lays timelines out with
  // them and the preview asks for a video once per range request while it seeks.
  const templateMedia = new CheckedAssetsCache(
    (id) => templates.assetsOf(id),
    (id) => join(templates.folder, `${id}.json`),
  );
  // The picture the FFmpeg render draws behind a channel's scenes: the library's timelines carry
  // its version, the media servers serve the file by channel id (both read the current config).
  const channelPictures = ffmpegChannelPictures(() => config.provider('ffmpeg'));
  const channelMedia: ChannelMediaLookup = {
    hasChannel: (id) => channels().get(id)?.definition.id === id,
    backgroundOf: (id) => channelPictures.pathOf(id),
  };
  const grants = new UserPathGrants();
  // The library lives in the same database, through the service's own connection.
  const library = new ScriptLibrary({
    repository: new SqliteLibraryRepository(database),
    reader: scripts,
    channels,
    templates: {
      find: (id) => templates.get(id)?.template,
      knownIds: () => templates.knownIds(),
      // The library's timelines go to the page: the logo travels as a data URL.
      assetsOf: (id) => withPageImage(templateMedia.assetsOf(id)),
    },
    listFolder: listScriptFolder,
    writeFile: writeScriptFile,
    localMedia: (scriptPath) => pageScriptMedia(grants, scriptPath),
    // The FFmpeg-look preview draws the channel picture the FFmpeg render draws (served by channel).
    ffmpegChannelPicture: (channel) => channelPictures.pictureOf(channel),
  });
  const watcher = new LibraryWatcher((id) => void library.reimport(id).catch(() => undefined));
  watcher.sync(library.watchedPaths());

  const listeners = new Set<<E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void>();
  const emit = <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => {
    for (const listener of listeners) listener(event, payload);
  };
  const farm = new FarmStatusBoard();
  const handlers = createApiHandlers({
    service,
    config,
    registry,
    library,
    grants,
    analytics: new SqliteAnalyticsRepository(database),
    webhooks,
    templates,
    voices,
    farm,
    platform: options.platform ?? {},
    info: {
      version: packageVersion(),
      transport: options.transport,
      dataDir: config.dataDir,
      platform: process.platform,
    },
  });

  const unsubscribers = [
    service.onJobEvent((event) => emit('job', event)),
    library.onEvent((event) => {
      emit('library', event);
      // One entry changed: only its watch changes (no re-listing of the library per event).
      if (event.type === 'entry-removed') watcher.unwatch(event.id);
      else if (event.entry.path) watcher.watch(event.entry.id, event.entry.path);
      else watcher.unwatch(event.entry.id);
    }),
    config.onChange(() => {
      // Channel rules may have changed: every library entry is validated again.
      void revalidateLibrary();
      void handlers['settings.get']({}).then((view) => emit('settings', view));
    }),
  ];

  let closed = false;
  let revalidation = 0;
  /** Validates and sends every entry one at a time, letting other work run in between. */
  async function revalidateLibrary(): Promise<void> {
    const run = ++revalidation;
    for (const id of library.ids()) {
      // A newer config change starts over; a closed runtime stops.
      if (closed || run !== revalidation) return;
      const entry = library.get(id);
      if (entry) emit('library', { type: 'entry-updated', entry });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  return {
    service,
    config,
    library,
    handlers,
    database,
    farm,
    templateMedia,
    channelMedia,
    addUserPaths(paths) {
      for (const path of paths) grants.grant(path);
      return library.addPaths(paths);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      for (const unsubscribe of unsubscribers) unsubscribe();
      watcher.close();
      listeners.clear();
      await service.close();
    },
  };
}
