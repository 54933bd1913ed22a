import { join } from 'node:path';
import type { ConfigManager, ProviderSettings } from '#core/config.js';
import type { VideoProvider } from '#core/provider.js';
import type { ProviderRegistry } from '#core/registry.js';
import { DefaultProviderRegistry } from './application/providers/provider-registry.js';
import { VideoGenerationService } from './application/video-generation-service.js';
import type { VoiceRegistry } from './application/narration/voice-registry.js';
import type { ScriptReader } from './application/ports.js';
import { ChannelCatalog } from './infrastructure/channels/index.js';
import {
  ffprobeImageProbe,
  ffprobeVideoProbe,
  TemplateStore,
  TEMPLATES_FOLDER,
} from './infrastructure/templates/index.js';
import { CONFIG_FILE_NAME, JsonConfigManager } from './infrastructure/config/index.js';
import { FsOutputFileRemover } from './infrastructure/files/output-file-remover.js';
import {
  createDefaultVoiceRegistry,
  FfmpegRecordingAligner,
  FsCaptionFileWriter,
} from './infrastructure/narration/index.js';
import { ensurePrivateFolder, makeFilePrivate } from './infrastructure/files/private-paths.js';
import { createScriptReader } from './infrastructure/parsers/index.js';
import { FfmpegVideoProvider } from './infrastructure/providers/ffmpeg/index.js';
import { MockVideoProvider } from './infrastructure/providers/mock/mock-video-provider.js';
import { RemotionVideoProvider } from './infrastructure/providers/remotion/index.js';
import { RunwayVideoProvider } from './infrastructure/providers/runway/index.js';
import { SynthesiaVideoProvider } from './infrastructure/providers/synthesia/index.js';
import {
  type Database,
  DEFAULT_DATABASE_FILE,
  openDatabase,
  SqliteCancelRequestRepository,
  SqliteJobRepository,
  SqliteProviderMetricsRepository,
} from './infrastructure/storage/index.js';
import { createWebhooks, type Webhooks } from './infrastructure/webhooks/index.js';
import { createS3Delivery } from './infrastructure/delivery/index.js';

export interface CreateServiceOptions {
  /** Folder of the database and config.json; defaults to REELFORGE_DATA_DIR or the app-data folder. */
  readonly dataDir?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** A ready config manager (tests); otherwise one is opened on the data dir. */
  readonly config?: ConfigManager;
  /** ':memory:' for tests; defaults to reelforge.sqlite in the data dir. */
  readonly databasePath?: string;
  /** A better-sqlite3 addon for this runtime (the desktop app's Electron build; see openDatabase). */
  readonly sqliteBinding?: string;
  /** Replaces the default providers. */
  readonly providers?: (config: ConfigManager, context: ProviderWiring) => VideoProvider[];
  /** API keys kept outside config.json (the desktop app's encrypted store). */
  readonly secrets?: StoredSecrets;
  /** Take over queued jobs of processes that died (the desktop app); the CLI leaves them. */
  readonly adoptOrphanedJobs?: boolean;
  /** Owner id of the jobs this service queues; defaults to process.pid (tests simulate peers). */
  readonly pid?: number;
  /** Recover and start the queue at once (default true). */
  readonly start?: boolean;
  /** Send webhook deliveries from this process (serve, the desktop app, a CLI render). */
  readonly deliverWebhooks?: boolean;
  /** Upload completed renders to S3 from this process; default: as `deliverWebhooks`. */
  readonly deliverUploads?: boolean;
}

export interface StoredSecrets {
  get(providerId: string): string | undefined;
}

/** What the composition root hands the provider factory besides the config. */
export interface ProviderWiring {
  readonly env: NodeJS.ProcessEnv;
  /** A provider's settings, with its API key from the secret store when config has none. */
  readonly settingsOf: (providerId: string) => () => ProviderSettings;
}

function providerWiring(config: ConfigManager, options: CreateServiceOptions): ProviderWiring {
  return {
    env: options.env ?? process.env,
    settingsOf: (id) => () => {
      const settings = config.provider(id);
      if (settings.apiKey) return settings;
      const stored = options.secrets?.get(id);
      return stored ? { ...settings, apiKey: stored } : settings;
    },
  };
}

/** The providers a fresh install has. Cloud providers stay unavailable until given a key. */
export function createDefaultProviders(
  config: ConfigManager,
  wiring: ProviderWiring = providerWiring(config, {}),
): VideoProvider[] {
  return [
    new RunwayVideoProvider({
      settings: wiring.settingsOf('runway'),
      ffmpegSettings: () => config.provider('ffmpeg'),
      cacheDir: join(config.dataDir, 'cache', 'runway'),
      env: wiring.env,
    }),
    new SynthesiaVideoProvider({
      settings: wiring.settingsOf('synthesia'),
      ffmpegSettings: () => config.provider('ffmpeg'),
      env: wiring.env,
    }),
    // Learns this machine's ffmpeg version and fastest encode setting once, for every process.
    new FfmpegVideoProvider(() => config.provider('ffmpeg'), {
      cacheDir: join(config.dataDir, 'cache', 'ffmpeg'),
    }),
    // Remotion's own packages load only when this provider renders (see its module).
    new RemotionVideoProvider({
      settings: () => config.provider('remotion'),
      ffmpegSettings: () => config.provider('ffmpeg'),
      cacheDir: join(config.dataDir, 'cache', 'remotion'),
    }),
    new MockVideoProvider({
      simulatedSeconds: () => {
        const value = config.provider('mock').options['simulated_seconds'];
        return typeof value === 'number' ? value : 1;
      },
    }),
  ];
}

/** The wired core, for front ends that need more than the service (the desktop runtime). */
export interface ReelforgeCore {
  /** Uploads of completed renders to the delivery bucket (when this process delivers them). */
  readonly uploads: { settle(): Promise<void> };
  readonly service: VideoGenerationService;
  readonly config: ConfigManager;
  readonly registry: ProviderRegistry;
  /** The service's database connection; closed by `service.close()`. */
  readonly database: Database;
  /** The channels as configured now (rebuilt when the config changes). */
  readonly channels: () => ChannelCatalog;
  /** Built-in and user templates (`<data dir>/templates/*.json`). */
  readonly templates: TemplateStore;
  readonly scripts: ScriptReader;
  /** The webhook outbox (written with every job state change) and its delivery. */
  readonly webhooks: Webhooks;
  /** The voice providers that narrate scripts. */
  readonly voices: VoiceRegistry;
}

/**
 * Makes the data folder private (0700; a home or temp folder named as the data folder is left
 * alone, see `ensurePrivateFolder`) and its config.json 0600. The database sets its own files.
 */
export function secureDataDir(dataDir: string): void {
  ensurePrivateFolder(dataDir);
  makeFilePrivate(join(dataDir, CONFIG_FILE_NAME));
}

/** The composition root: wires config, storage, parsers, channels, providers and the service. */
export function createVideoGenerationService(options: CreateServiceOptions = {}): VideoGenerationService {
  return createReelforgeCore(options).service;
}

export function createReelforgeCore(options: CreateServiceOptions = {}): ReelforgeCore {
  const config = options.config ?? JsonConfigManager.open({ dataDir: options.dataDir, env: options.env });
  // The data folder holds the history and keys: 0700, created so or tightened on every open.
  if (options.databasePath === undefined) secureDataDir(config.dataDir);
  const database = openDatabase(options.databasePath ?? join(config.dataDir, DEFAULT_DATABASE_FILE), {
    nativeBinding: options.sqliteBinding,
  });
  try {
    const webhooks = createWebhooks({ database, config, env: options.env ?? process.env });
    const s3Delivery = createS3Delivery({ database, config, env: options.env ?? process.env });
    const jobs = webhooks.wrap(new SqliteJobRepository(database), s3Delivery.onStatusChange);
    const metrics = new SqliteProviderMetricsRepository(database);
    const registry = new DefaultProviderRegistry({
      metrics: (id) => metrics.get(id),
      weights: () => config.get().selectionWeights,
      isEnabled: (id) => config.provider(id).enabled,
    });
    const providers = (options.providers ?? createDefaultProviders)(config, providerWiring(config, options));
    for (const provider of providers) registry.register(provider);

    let catalog = new ChannelCatalog(config.get().channels);
    const stopWatchingConfig = config.onChange((next) => {
      catalog = new ChannelCatalog(next.channels);
    });
    const scripts = createScriptReader();
    const wiring = providerWiring(config, options);
    const voices = createDefaultVoiceRegistry(config, wiring.env, wiring.settingsOf);
    const templates = new TemplateStore(
      join(config.dataDir, TEMPLATES_FOLDER),
      ffprobeImageProbe(() => config.provider('ffmpeg').binaryPath, wiring.env),
      ffprobeVideoProbe(() => config.provider('ffmpeg').binaryPath, wiring.env),
    );

    const service = new VideoGenerationService({
      config,
      registry,
      jobs,
      metrics,
      cancelRequests: new SqliteCancelRequestRepository(database),
      scripts,
      channels: () => catalog,
      templates: {
        find: (id) => templates.get(id)?.template,
        knownIds: () => templates.knownIds(),
        assetsOf: (id) => templates.assetsOf(id),
      },
      files: new FsOutputFileRemover(),
      adoptOrphanedJobs: options.adoptOrphanedJobs ?? false,
      pid: options.pid,
      narration: {
        voices,
        captionFiles: new FsCaptionFileWriter(),
        recordings: new FfmpegRecordingAligner(() => config.provider('ffmpeg'), wiring.env),
      },
      onClose: async () => {
        stopWatchingConfig();
        // Providers holding a browser or a server (Remotion) release it after the last job.
        await Promise.allSettled(providers.map((p) => p.dispose?.()));
        await Promise.all([webhooks.stop(), s3Delivery.stop()]);
        database.close();
      },
    });
    if (options.start ?? true) service.start();
    if (options.deliverWebhooks) webhooks.startDelivery();
    if (options.deliverUploads ?? options.deliverWebhooks) {
      s3Delivery.startDelivery(jobs, (jobId) => webhooks.afterUploadAttempt(jobs.get(jobId)));
    }
    return {
      service,
      config,
      registry,
      database,
      channels: () => catalog,
      scripts,
      webhooks,
      uploads: { settle: () => s3Delivery.settle() },
      voices,
      templates,
    };
  } catch (error) {
    database.close();
    throw error;
  }
}
