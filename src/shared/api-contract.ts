// The one contract between the renderer and the main process. Every call has a zod schema for
// its payload (checked on the main side before a handler runs) and a result type; every event
// has a payload type. The Electron preload and the loopback bridge both implement `ReelforgeApi`
// from this table, so the UI cannot tell which transport it is on.
import { z } from 'zod';
import { PLATFORM_IDS } from '#core/platform-presets.js';
import { TEMPLATE_ID_PATTERN } from '#core/templates/template-schema.js';
import type { VariantGroupReport } from '#core/analytics/variant-report.js';
import type { TemplateListing, TemplateExport } from './template-api-types.js';
import type {
  AppInfo,
  EnqueueResult,
  JobEventPayload,
  LibraryEntry,
  LibraryEventPayload,
  MetricsSnapshot,
  ProviderCheck,
  ProviderInfo,
  SettingsView,
  VideoJob,
  VideoTimeline,
} from './api-types.js';
import type { WebhooksOverview } from './webhook-types.js';
import { PIPER_FILE_FIELDS, type NarrationSettingsView } from './narration-api-types.js';
import type { FarmOverview } from './farm-api-types.js';
import type { ChannelMediaAsset, TemplateMediaAsset } from './loopback-protocol.js';

const id = z.string().min(1).max(200);
/** The largest file the page may send for a template (a looping background video fits). */
export const TEMPLATE_UPLOAD_MAX_BYTES = 32 * 1024 * 1024;

const templateId = z.string().regex(TEMPLATE_ID_PATTERN, 'lower-case letters, digits and dashes');
const quality = z.enum(['draft', 'standard', 'high', 'ultra']);
const aspectRatio = z.enum(['9:16', '1:1', '16:9']);
const status = z.enum(['queued', 'running', 'completed', 'failed', 'cancelled', 'interrupted']);
/** 1 MiB script cap plus room for JSON escaping. */
const scriptContent = z.string().max(4 * 1024 * 1024);

// Content only: the page never names a file for main to read through an upload.
/**
 * Characters of script text the UI sends per `library.addFiles` call. Main reads each message in
 * one go (JSON, then these schemas); at 2 Mi characters that stays well under the 100 ms it may
 * block for, where 8 Mi took longer. A script at the 1 MiB cap still fits in one call.
 */
export const MAX_UPLOAD_CALL_CHARS = 2 * 1024 * 1024;

const scriptUpload = z
  .object({
    name: z.string().min(1).max(500),
    content: scriptContent,
  })
  .strict();

const providerSettingsPatch = z
  .object({
    enabled: z.boolean().optional(),
    maxConcurrent: z.number().int().min(1).max(64).optional(),
    timeoutSeconds: z.number().positive().max(86_400).optional(),
    binaryPath: z.string().max(4096).optional(),
    apiUrl: z.string().max(2048).optional(),
    testMode: z.boolean().optional(),
  })
  .strict();

const settingsPatch = z
  .object({
    global: z
      .object({
        defaultProvider: z.string().min(1).max(100).optional(),
        defaultQuality: quality.optional(),
        defaultAspectRatio: aspectRatio.optional(),
        maxConcurrentGenerations: z.number().int().min(1).max(64).optional(),
        outputDir: z.string().min(1).max(4096).optional(),
        defaultPlatform: z.enum(PLATFORM_IDS).optional(),
      })
      .strict()
      .optional(),
    providers: z.record(id, providerSettingsPatch).optional(),
    selectionWeights: z
      .object({
        capability: z.number().min(0).max(100).optional(),
        reliability: z.number().min(0).max(100).optional(),
        speed: z.number().min(0).max(100).optional(),
        cost: z.number().min(0).max(100).optional(),
        preference: z.number().min(0).max(100).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const jobFilter = z
  .object({
    status: z.array(status).max(6).optional(),
    channel: z.string().max(100).optional(),
    providerId: z.string().max(100).optional(),
    search: z.string().max(500).optional(),
    createdAfter: z.string().max(40).optional(),
    createdBefore: z.string().max(40).optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
    offset: z.number().int().min(0).optional(),
    order: z.enum(['newest', 'oldest']).optional(),
  })
  .strict();

/**
 * Every call: its payload schema. Results are typed in `ApiResults`. The main process handles
 * each call in `src/main/presentation/api/handlers/<prefix>-handlers.ts` (`jobs.enqueue` →
 * `jobs-handlers.ts`); see docs/architecture.md for the walk from a button to a provider.
 */
export const API_CALLS = {
  'app.info': z.object({}).strict(),
  'library.list': z.object({}).strict(),
  'library.addFiles': z.object({ files: z.array(scriptUpload).min(1).max(500) }).strict(),
  'library.addPaths': z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(500) }).strict(),
  'library.remove': z.object({ id }).strict(),
  'library.reimport': z.object({ id }).strict(),
  'library.openDialog': z.object({}).strict(),
  /** Adds the sample scripts shipped with the app ("Try a sample script" on first launch). */
  'library.addSamples': z.object({}).strict(),
  // The editor: check text with the import's own validation (nothing stored), and save it back to
  // the script it came from. The page names a library id, never a path.
  'library.check': scriptUpload,
  'library.save': z.object({ id, content: scriptContent }).strict(),
  'library.source': z.object({ id }).strict(),
  /** The timeline the script's render would narrate to (its voice spoken in main, cached). */
  'library.narration': z.object({ id }).strict(),
  'jobs.enqueue': z
    .object({
      libraryIds: z.array(id).min(1).max(500),
      provider: z.string().min(1).max(100).optional(),
      quality: quality.optional(),
      aspectRatio: aspectRatio.optional(),
      platform: z.enum(PLATFORM_IDS).optional(),
      /** A template id, over each script's `"template"`. */
      template: z.string().regex(TEMPLATE_ID_PATTERN).optional(),
    })
    .strict(),
  'jobs.list': z.object({ filter: jobFilter.optional() }).strict(),
  'jobs.get': z.object({ id }).strict(),
  'jobs.cancel': z.object({ id }).strict(),
  'jobs.retry': z.object({ id }).strict(),
  'jobs.delete': z.object({ id, deleteFiles: z.boolean() }).strict(),
  'jobs.reveal': z.object({ id }).strict(),
  'providers.list': z.object({}).strict(),
  'providers.check': z.object({ id }).strict(),
  'metrics.get': z.object({}).strict(),
  'settings.get': z.object({}).strict(),
  'settings.update': z.object({ patch: settingsPatch }).strict(),
  'settings.setApiKey': z.object({ providerId: id, apiKey: z.string().max(1000) }).strict(),
  'settings.chooseOutputDir': z.object({}).strict(),
  'analytics.report': z.object({ group: id.optional() }).strict(),
  'webhooks.list': z.object({ limit: z.number().int().min(1).max(500).optional() }).strict(),
  // Adding a webhook sends render data to a host: main asks the user in a native dialog first (the
  // desktop app only; a browser page is refused). The secret is write-only, like API keys.
  'webhooks.add': z
    .object({
      url: z.string().min(1).max(2000),
      events: z.array(z.string().min(1).max(40)).min(1).max(10),
      secret: z.string().min(1).max(500),
    })
    .strict(),
  'webhooks.remove': z.object({ index: z.number().int().min(0).max(1000) }).strict(),
  // Templates: ids only match TEMPLATE_ID_PATTERN (no path can be spelled); files travel as content.
  'templates.list': z.object({}).strict(),
  'templates.get': z.object({ id: templateId }).strict(),
  /** The editor's Save: a whole template (checked in main), stored as a user template. */
  'templates.save': z.object({ template: z.unknown() }).strict(),
  'templates.duplicate': z.object({ id: templateId, newId: templateId }).strict(),
  /** A file the user picked, as its name and text; `id` imports it under a new id. */
  'templates.import': z
    .object({
      name: z.string().min(1).max(500),
      content: z.string().max(1024 * 1024),
      id: templateId.optional(),
    })
    .strict(),
  'templates.export': z.object({ id: templateId }).strict(),
  /**
   * A file for user template `id`'s background, logo or a font, kept next to it by main. Either
   * the bytes of a file the user picked in the page (browser mode), or, without `upload`, the file
   * the user chooses in a dialog main opens (desktop): the page never names a path.
   */
  'templates.addFile': z
    .object({
      id: templateId,
      use: z.enum(['background', 'logo', 'font']),
      upload: z
        .object({
          name: z.string().min(1).max(255),
          dataBase64: z.string().max(Math.ceil((TEMPLATE_UPLOAD_MAX_BYTES * 4) / 3) + 4),
        })
        .strict()
        .optional(),
    })
    .strict(),
  /** The template's poster frame (FFmpeg, sample script), rendered once per template content. */
  'templates.poster': z.object({ id: templateId }).strict(),
  /** The sample script laid out with a template as edited (checked in main), for the live preview. */
  'templates.previewTimeline': z.object({ template: z.unknown() }).strict(),
  // Narration settings. The page picks a voice and a pace; piper's program and voice file are set
  // only by a file dialog main opens (`narration.chooseFile` names which one, never a path).
  'narration.get': z.object({}).strict(),
  'narration.update': z
    .object({
      defaultVoice: z.string().min(1).max(130).optional(),
      rate: z.number().min(0.25).max(4).optional(),
    })
    .strict(),
  'narration.chooseFile': z.object({ field: z.enum(PIPER_FILE_FIELDS) }).strict(),
  /** The render farm this process coordinates: Redis, dispatch and workers (read-only). */
  'farm.status': z.object({}).strict(),
} as const;

export type ApiCallName = keyof typeof API_CALLS;
export type ApiPayload<N extends ApiCallName> = z.input<(typeof API_CALLS)[N]>;

export interface ApiResults {
  'app.info': AppInfo;
  'library.list': LibraryEntry[];
  'library.addFiles': LibraryEntry[];
  'library.addPaths': LibraryEntry[];
  'library.remove': { removed: boolean };
  'library.reimport': LibraryEntry;
  /** Paths picked in the native dialog, already added; empty when cancelled or unsupported. */
  'library.openDialog': LibraryEntry[];
  'library.addSamples': LibraryEntry[];
  'library.check': LibraryEntry;
  'library.save': LibraryEntry;
  /** The stored text of a library script (what the user gave), for the editor. */
  'library.source': { name: string; content: string };
  /**
   * Null when the render would not speak, or its voice is not asked for a preview (a cloud voice,
   * whose every request is billed) or cannot speak now: the page then estimates from the text.
   */
  'library.narration': { timeline: VideoTimeline | null };
  'jobs.enqueue': EnqueueResult;
  'jobs.list': VideoJob[];
  'jobs.get': VideoJob;
  'jobs.cancel': VideoJob;
  'jobs.retry': VideoJob;
  'jobs.delete': { deleted: boolean };
  'jobs.reveal': { revealed: boolean };
  'providers.list': ProviderInfo[];
  'providers.check': ProviderCheck;
  'metrics.get': MetricsSnapshot;
  'settings.get': SettingsView;
  'settings.update': SettingsView;
  'settings.setApiKey': SettingsView;
  /** The chosen folder (already saved), or undefined when cancelled or unsupported. */
  'settings.chooseOutputDir': SettingsView | undefined;
  /** Each variant group's numbers and winner (see `variantReport`), newest first. */
  'analytics.report': VariantGroupReport[];
  /** Configured webhooks (without secrets) and the newest deliveries. */
  'webhooks.list': WebhooksOverview;
  'webhooks.add': WebhooksOverview;
  'webhooks.remove': WebhooksOverview;
  /** Built-in templates first, then the user's; user files that do not parse in `problems`. */
  'templates.list': TemplateListing;
  'templates.get': TemplateListing['templates'][number];
  'templates.save': TemplateListing['templates'][number];
  'templates.duplicate': TemplateListing['templates'][number];
  'templates.import': TemplateListing['templates'][number];
  /** The template as the JSON text a file would hold, and a file name to save it under. */
  'templates.export': TemplateExport;
  /** The name the template's field takes (`<id>.files/<name>`), or cancelled when the dialog was. */
  'templates.addFile': { file: string; kind?: 'image' | 'video' } | { cancelled: true };
  /** A `data:image/jpeg;base64,…` URL for an <img>. */
  'templates.poster': { dataUrl: string };
  'templates.previewTimeline': VideoTimeline;
  'narration.get': NarrationSettingsView;
  'narration.update': NarrationSettingsView;
  /** The settings with the chosen file saved, or undefined when the dialog was cancelled. */
  'narration.chooseFile': NarrationSettingsView | undefined;
  /** `{ enabled: false }` while jobs render in this process. */
  'farm.status': FarmOverview;
}

/** Events pushed from main to the renderer. */
export interface ApiEvents {
  job: JobEventPayload;
  library: LibraryEventPayload;
  settings: SettingsView;
}
export type ApiEventName = keyof ApiEvents;
export const API_EVENTS: readonly ApiEventName[] = ['job', 'library', 'settings'];

/**
 * Every call as a method named like the call. The main process implements each one once, in
 * `src/main/presentation/api/handlers/<prefix>-handlers.ts`, and a view calls
 * `api['jobs.enqueue'](payload)`: "Go to Implementation" on the call in a view lands on its
 * handler. Written out (not mapped from `API_CALLS`) because editors follow only declared members;
 * `CALL_METHODS_MATCH_API_CALLS` below fails to compile when the two lists differ.
 */
export interface ApiMethods {
  'app.info'(payload: ApiPayload<'app.info'>): Promise<ApiResults['app.info']>;
  'library.list'(payload: ApiPayload<'library.list'>): Promise<ApiResults['library.list']>;
  'library.addFiles'(payload: ApiPayload<'library.addFiles'>): Promise<ApiResults['library.addFiles']>;
  'library.addPaths'(payload: ApiPayload<'library.addPaths'>): Promise<ApiResults['library.addPaths']>;
  'library.remove'(payload: ApiPayload<'library.remove'>): Promise<ApiResults['library.remove']>;
  'library.reimport'(payload: ApiPayload<'library.reimport'>): Promise<ApiResults['library.reimport']>;
  'library.openDialog'(payload: ApiPayload<'library.openDialog'>): Promise<ApiResults['library.openDialog']>;
  'library.addSamples'(payload: ApiPayload<'library.addSamples'>): Promise<ApiResults['library.addSamples']>;
  'library.check'(payload: ApiPayload<'library.check'>): Promise<ApiResults['library.check']>;
  'library.save'(payload: ApiPayload<'library.save'>): Promise<ApiResults['library.save']>;
  'library.source'(payload: ApiPayload<'library.source'>): Promise<ApiResults['library.source']>;
  'library.narration'(payload: ApiPayload<'library.narration'>): Promise<ApiResults['library.narration']>;
  'jobs.enqueue'(payload: ApiPayload<'jobs.enqueue'>): Promise<ApiResults['jobs.enqueue']>;
  'jobs.list'(payload: ApiPayload<'jobs.list'>): Promise<ApiResults['jobs.list']>;
  'jobs.get'(payload: ApiPayload<'jobs.get'>): Promise<ApiResults['jobs.get']>;
  'jobs.cancel'(payload: ApiPayload<'jobs.cancel'>): Promise<ApiResults['jobs.cancel']>;
  'jobs.retry'(payload: ApiPayload<'jobs.retry'>): Promise<ApiResults['jobs.retry']>;
  'jobs.delete'(payload: ApiPayload<'jobs.delete'>): Promise<ApiResults['jobs.delete']>;
  'jobs.reveal'(payload: ApiPayload<'jobs.reveal'>): Promise<ApiResults['jobs.reveal']>;
  'providers.list'(payload: ApiPayload<'providers.list'>): Promise<ApiResults['providers.list']>;
  'providers.check'(payload: ApiPayload<'providers.check'>): Promise<ApiResults['providers.check']>;
  'metrics.get'(payload: ApiPayload<'metrics.get'>): Promise<ApiResults['metrics.get']>;
  'settings.get'(payload: ApiPayload<'settings.get'>): Promise<ApiResults['settings.get']>;
  'settings.update'(payload: ApiPayload<'settings.update'>): Promise<ApiResults['settings.update']>;
  'settings.setApiKey'(payload: ApiPayload<'settings.setApiKey'>): Promise<ApiResults['settings.setApiKey']>;
  'settings.chooseOutputDir'(
    payload: ApiPayload<'settings.chooseOutputDir'>,
  ): Promise<ApiResults['settings.chooseOutputDir']>;
  'analytics.report'(payload: ApiPayload<'analytics.report'>): Promise<ApiResults['analytics.report']>;
  'webhooks.list'(payload: ApiPayload<'webhooks.list'>): Promise<ApiResults['webhooks.list']>;
  'webhooks.add'(payload: ApiPayload<'webhooks.add'>): Promise<ApiResults['webhooks.add']>;
  'webhooks.remove'(payload: ApiPayload<'webhooks.remove'>): Promise<ApiResults['webhooks.remove']>;
  'templates.list'(payload: ApiPayload<'templates.list'>): Promise<ApiResults['templates.list']>;
  'templates.get'(payload: ApiPayload<'templates.get'>): Promise<ApiResults['templates.get']>;
  'templates.save'(payload: ApiPayload<'templates.save'>): Promise<ApiResults['templates.save']>;
  'templates.addFile'(payload: ApiPayload<'templates.addFile'>): Promise<ApiResults['templates.addFile']>;
  'templates.duplicate'(
    payload: ApiPayload<'templates.duplicate'>,
  ): Promise<ApiResults['templates.duplicate']>;
  'templates.import'(payload: ApiPayload<'templates.import'>): Promise<ApiResults['templates.import']>;
  'templates.export'(payload: ApiPayload<'templates.export'>): Promise<ApiResults['templates.export']>;
  'templates.poster'(payload: ApiPayload<'templates.poster'>): Promise<ApiResults['templates.poster']>;
  'templates.previewTimeline'(
    payload: ApiPayload<'templates.previewTimeline'>,
  ): Promise<ApiResults['templates.previewTimeline']>;
  'narration.get'(payload: ApiPayload<'narration.get'>): Promise<ApiResults['narration.get']>;
  'narration.update'(payload: ApiPayload<'narration.update'>): Promise<ApiResults['narration.update']>;
  'narration.chooseFile'(
    payload: ApiPayload<'narration.chooseFile'>,
  ): Promise<ApiResults['narration.chooseFile']>;
  'farm.status'(payload: ApiPayload<'farm.status'>): Promise<ApiResults['farm.status']>;
}

type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
/** Compile-time check: one method per call, no more, no less. */
export const CALL_METHODS_MATCH_API_CALLS: SameKeys<ApiMethods, typeof API_CALLS> = true;

/** The main process implements this once; transports validate payloads and route calls to it. */
export type ApiHandlers = ApiMethods;

/** An error as it crosses a transport: a message a user can read, and a machine-readable kind. */
export interface ApiErrorShape {
  readonly kind: 'invalid-payload' | 'not-found' | 'failed' | 'forbidden';
  readonly message: string;
}

/**
 * What the renderer calls. `call` is the single typed entry point; transports expose the same
 * shape (`window.reelforge` in Electron, the WebSocket client in a browser).
 */
export interface ReelforgeApi {
  call<N extends ApiCallName>(name: N, payload: ApiPayload<N>): Promise<ApiResults[N]>;
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  /** URL the renderer can put in <video>/<img> for a job's file; resolved by job id only. */
  mediaUrl(jobId: string, kind: 'video' | 'thumbnail', version?: string): string;
  /**
   * URL for a file a user template points at (its background video, a font file), resolved by
   * the template's id and the file's use only — the page never names a path.
   */
  templateMediaUrl(templateId: string, asset: TemplateMediaAsset): string;
  /**
   * URL for a file config names for a channel (the FFmpeg provider's channel picture), resolved by
   * the channel's id and the file's use only; `version` (from the timeline's style) changes the
   * URL when the file changes.
   */
  channelMediaUrl(channelId: string, asset: ChannelMediaAsset, version?: string): string;
  readonly transport: 'electron' | 'loopback';
}

/** What views use: the transport's `ReelforgeApi` plus one method per call (see `ApiMethods`). */
export type RendererApi = ReelforgeApi & ApiMethods;

/** Adds the per-call methods to a transport; each one is `api.call(<its name>, payload)`. */
export function withCallMethods(api: ReelforgeApi): RendererApi {
  const methods = Object.fromEntries(
    (Object.keys(API_CALLS) as ApiCallName[]).map((name) => [
      name,
      (payload: ApiPayload<typeof name>) => api.call(name, payload),
    ]),
  ) as unknown as ApiMethods;
  return {
    ...methods,
    call: (name, payload) => api.call(name, payload),
    on: (event, listener) => api.on(event, listener),
    mediaUrl: (jobId, kind, version) => api.mediaUrl(jobId, kind, version),
    templateMediaUrl: (templateId, asset) => api.templateMediaUrl(templateId, asset),
    channelMediaUrl: (channelId, asset, version) => api.channelMediaUrl(channelId, asset, version),
    transport: api.transport,
  };
}

/** Validates a payload; the error message names the call and the bad field. */
export function parsePayload<N extends ApiCallName>(
  name: N,
  payload: unknown,
): z.output<(typeof API_CALLS)[N]> {
  const schema = API_CALLS[name];
  const result = schema.safeParse(payload ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(payload)';
    throw new ApiCallError('invalid-payload', `${name}: ${field}: ${issue?.message ?? 'invalid payload'}`);
  }
  return result.data as z.output<(typeof API_CALLS)[N]>;
}

export function isApiCallName(name: unknown): name is ApiCallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(API_CALLS, name);
}

export class ApiCallError extends Error {
  constructor(
    readonly kind: ApiErrorShape['kind'],
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }

  toShape(): ApiErrorShape {
    return { kind: this.kind, message: this.message };
  }
}

/** What travels back for every call, on every transport: never a raw exception. */
export type ApiEnvelope<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorShape };

/** Electron IPC channel names: one per call, one per event. */
export const ipcChannelForCall = (name: ApiCallName): string => `reelforge:call:${name}`;
export const ipcChannelForEvent = (name: ApiEventName): string => `reelforge:event:${name}`;

/** Subscription functions per event: `onJob`, `onLibrary`, `onSettings`. */
export type ApiSubscriptions = {
  readonly [E in ApiEventName as `on${Capitalize<E>}`]: (
    listener: (payload: ApiEvents[E]) => void,
  ) => () => void;
};

/**
 * What the Electron preload exposes as `window.reelforge`: one function per call (named as the
 * call, e.g. `bridge['jobs.enqueue'](payload)`), one `on…` per event returning an unsubscribe.
 */
export type ReelforgeBridge = {
  readonly [N in ApiCallName]: (payload: ApiPayload<N>) => Promise<ApiResults[N]>;
} & ApiSubscriptions & { readonly transport: 'electron' };

export const eventSubscriptionName = <E extends ApiEventName>(event: E): `on${Capitalize<E>}` =>
  `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as `on${Capitalize<E>}`;

/** Field schemas the REST contract (`rest-contract.ts`) reuses, so both transports agree. */
export const CONTRACT_FIELDS = { id, quality, aspectRatio, status, scriptContent, templateId } as const;
