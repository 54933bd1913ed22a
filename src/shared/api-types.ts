// Data that crosses between the main process and the renderer. Types only: the domain's
// entities are plain JSON-safe objects, so the renderer sees exactly what the core stores.
import type { ChannelDefinition } from '#core/channel.js';
import type { ProviderCapability } from '#core/capability.js';
import type { ValidationIssue } from '#core/errors.js';
import type { ScriptFormat, VideoScript } from '#core/script.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import type { AspectRatio, VideoQuality } from '#core/video-quality.js';
import type { GlobalSettings } from '#core/config.js';
import type { VideoStatus } from '#core/video-status.js';
import type { JobListFilter, ProviderMetrics, VideoJob } from '#core/job.js';
import type { JobEvent } from '#core/job-events.js';
import type { LibraryEntry } from '#core/library.js';
import type { LibraryEvent } from '#core/library-events.js';
import type { ProviderCheck, ProviderStatus, ServiceMetrics } from '#core/service-views.js';

export type {
  LibraryEntry,
  AspectRatio,
  ChannelDefinition,
  JobListFilter,
  ProviderCapability,
  ProviderMetrics,
  ScriptFormat,
  ValidationIssue,
  VideoJob,
  VideoQuality,
  VideoScript,
  VideoStatus,
  VideoTimeline,
};

/** A script handed over by content (drag and drop in a browser, where paths are unknown). */
export interface ScriptUpload {
  readonly name: string;
  readonly content: string;
}

export interface EnqueueResult {
  readonly jobs: readonly VideoJob[];
  /** Scripts that could not be queued, with why. */
  readonly rejected: readonly { readonly libraryId: string; readonly message: string }[];
}

/** Settings as the UI edits them. API keys are never sent back: only whether one is set. */
export interface SettingsView {
  readonly global: GlobalSettings;
  readonly providers: Readonly<
    Record<
      string,
      {
        readonly enabled: boolean;
        readonly maxConcurrent: number;
        readonly timeoutSeconds: number;
        readonly binaryPath?: string;
        readonly apiUrl?: string;
        readonly hasApiKey: boolean;
        /** Free, watermarked test renders (Synthesia); only for providers that read it. */
        readonly testMode?: boolean;
      }
    >
  >;
  readonly selectionWeights: {
    readonly capability: number;
    readonly reliability: number;
    readonly speed: number;
    readonly cost: number;
    readonly preference: number;
  };
  readonly channels: readonly ChannelDefinition[];
  /**
   * Settings an environment variable decides (it wins over what is saved here), by field:
   * `{ "global.outputDir": "VIDEO_STORAGE_PATH" }`.
   */
  readonly setByEnvironment?: Readonly<Record<string, string>>;
}

export interface ProviderSettingsPatch {
  readonly enabled?: boolean;
  readonly maxConcurrent?: number;
  readonly timeoutSeconds?: number;
  /** Empty string clears the path. */
  readonly binaryPath?: string;
  readonly apiUrl?: string;
  readonly testMode?: boolean;
}

export interface SettingsPatch {
  readonly global?: Partial<SettingsView['global']>;
  readonly providers?: Readonly<Record<string, ProviderSettingsPatch>>;
  readonly selectionWeights?: Partial<SettingsView['selectionWeights']>;
}

export type { ProviderCheck };

export interface AppInfo {
  readonly version: string;
  readonly transport: 'electron' | 'loopback';
  readonly dataDir: string;
  readonly platform: string;
  /** Whether "reveal in folder" and native dialogs exist (desktop) or not (browser). */
  readonly canRevealFiles: boolean;
}

/** Which file of a finished job a media URL asks for. */
export type MediaKind = 'video' | 'thumbnail';

/** A provider as the Providers view and the render form show it. */
export type ProviderInfo = ProviderStatus;
export type MetricsSnapshot = ServiceMetrics;
export type JobEventPayload = JobEvent;
export type LibraryEventPayload = LibraryEvent;
