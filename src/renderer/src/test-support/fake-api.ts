// An in-memory ReelforgeApi for component tests: it keeps state like the real backend would
// (library entries, jobs, settings), records every call, and lets a test push events or make
// one call fail.
import type * as Contract from '#shared/api-contract.js';
import type {
  AppInfo,
  LibraryEntry,
  MetricsSnapshot,
  ProviderInfo,
  SettingsView,
  VideoJob,
} from '#shared/api-types.js';
import type { WebhooksOverview } from '#shared/webhook-types.js';
import type { FarmOverview } from '#shared/farm-api-types.js';
import { APP_INFO, makeEntry, makeInvalidEntry, makeJob, METRICS, PROVIDERS, SETTINGS } from './fixtures.js';
import type { VariantGroupReport } from '#core/analytics/variant-report.js';
import type { NarrationSettingsView } from '#shared/narration-api-types.js';
import { NARRATION } from './narration-fixtures.js';

type Handler<N extends Contract.ApiCallName> = (
  payload: Contract.ApiPayload<N>,
) => Promise<Contract.ApiResults[N]> | Contract.ApiResults[N];

export interface FakeApiState {
  appInfo?: AppInfo;
  entries?: LibraryEntry[];
  jobs?: VideoJob[];
  providers?: ProviderInfo[];
  settings?: SettingsView;
  metrics?: MetricsSnapshot;
  analytics?: VariantGroupReport[];
  webhooks?: WebhooksOverview;
  narration?: NarrationSettingsView;
  farm?: FarmOverview;
}

export class FakeReelforgeApi implements Contract.ReelforgeApi {
  readonly transport = 'loopback' as const;
  readonly calls: { name: Contract.ApiCallName; payload: unknown }[] = [];
  appInfo: AppInfo;
  entries: LibraryEntry[];
  jobs: VideoJob[];
  providers: ProviderInfo[];
  settings: SettingsView;
  metrics: MetricsSnapshot;
  analytics: VariantGroupReport[];
  webhooks: WebhooksOverview;
  narration: NarrationSettingsView;
  farm: FarmOverview;
  readonly #listeners = new Map<Contract.ApiEventName, Set<(payload: never) => void>>();
  readonly #overrides = new Map<Contract.ApiCallName, (payload: never) => unknown>();
  #nextId = 1;

  constructor(state: FakeApiState = {}) {
    this.appInfo = state.appInfo ?? APP_INFO;
    this.entries = state.entries ?? [];
    this.jobs = state.jobs ?? [];
    this.providers = state.providers ?? PROVIDERS;
    this.settings = state.settings ?? SETTINGS;
    this.metrics = state.metrics ?? METRICS;
    this.analytics = state.analytics ?? [];
    this.webhooks = state.webhooks ?? { hooks: [], deliveries: [] };
    this.narration = state.narration ?? NARRATION;
    this.farm = state.farm ?? { enabled: false };
  }

  /** Stored script text by library id, for the editor's `library.source` and `library.save`. */
  sources: Record<string, string> = {};

  /** Replaces one call's behaviour, e.g. to make it reject. */
  override<N extends Contract.ApiCallName>(name: N, handler: Handler<N>): void {
    this.#overrides.set(name, handler as (payload: never) => unknown);
  }

  callsTo<N extends Contract.ApiCallName>(name: N): Contract.ApiPayload<N>[] {
    return this.calls.filter((c) => c.name === name).map((c) => c.payload as Contract.ApiPayload<N>);
  }

  emit<E extends Contract.ApiEventName>(event: E, payload: Contract.ApiEvents[E]): void {
    for (const listener of this.#listeners.get(event) ?? [])
      (listener as (p: Contract.ApiEvents[E]) => void)(payload);
  }

  listenerCount(event: Contract.ApiEventName): number {
    return this.#listeners.get(event)?.size ?? 0;
  }

  on<E extends Contract.ApiEventName>(
    event: E,
    listener: (payload: Contract.ApiEvents[E]) => void,
  ): () => void {
    const set = this.#listeners.get(event) ?? new Set();
    this.#listeners.set(event, set);
    set.add(listener as (payload: never) => void);
    return () => set.delete(listener as (payload: never) => void);
  }

  mediaUrl(jobId: string, kind: 'video' | 'thumbnail', version?: string): string {
    return `/media/job/${jobId}/${kind}${version ? `?v=${version}` : ''}`;
  }

  templateMediaUrl(templateId: string, asset: string): string {
    return `/media/template/${templateId}/${asset}`;
  }

  channelMediaUrl(channelId: string, asset: string, version?: string): string {
    return `/media/channel/${channelId}/${asset}${version ? `?v=${version}` : ''}`;
  }

  async call<N extends Contract.ApiCallName>(
    name: N,
    payload: Contract.ApiPayload<N>,
  ): Promise<Contract.ApiResults[N]> {
    this.calls.push({ name, payload });
    const override = this.#overrides.get(name);
    if (override) return (await override(payload as never)) as Contract.ApiResults[N];
    const handler = this.#handlers[name] as unknown as Handler<N>;
    return handler(payload);
  }

  #job(id: string): VideoJob {
    const job = this.jobs.find((j) => j.id === id);
    if (!job) throw new Error(`no job with id ${id}`);
    return job;
  }

  #replaceJob(job: VideoJob): VideoJob {
    this.jobs = this.jobs.map((j) => (j.id === job.id ? job : j));
    return job;
  }

  readonly #handlers: { [N in Contract.ApiCallName]: Handler<N> } = {
    'app.info': () => this.appInfo,
    'library.list': () => this.entries,
    'library.addFiles': ({ files }) => {
      const added = files.map((file) => {
        const id = `added-${this.#nextId++}`;
        const entry = file.content.includes('INVALID')
          ? makeInvalidEntry({
              id,
              name: file.name,
              issues: [{ file: file.name, field: 'hook', line: 1, message: 'hook is required' }],
            })
          : makeEntry({ id, name: file.name });
        return entry;
      });
      this.entries = [...added, ...this.entries];
      return added;
    },
    // The editor's calls; component tests override check with the answers they need.
    'library.check': ({ name, content }) =>
      content.includes('INVALID')
        ? makeInvalidEntry({
            id: '',
            name,
            issues: [{ file: name, field: 'hook', line: 1, message: 'hook is required' }],
          })
        : makeEntry({ id: '', name }),
    'library.save': ({ id, content }) => {
      this.sources[id] = content;
      const entry = this.entries.find((e) => e.id === id);
      if (!entry) throw new Error(`no script with id ${id}`);
      return entry;
    },
    'library.source': ({ id }) => ({
      name: this.entries.find((e) => e.id === id)?.name ?? id,
      content: this.sources[id] ?? '{}',
    }),
    // No speech in the page's unit tests: the preview estimates, as for a cloud voice.
    'library.narration': () => ({ timeline: null }),
    'library.addPaths': ({ paths }) => {
      const added = paths.map((p) =>
        makeEntry({ id: `path-${this.#nextId++}`, name: p.split('/').pop() ?? p, path: p }),
      );
      this.entries = [...added, ...this.entries];
      return added;
    },
    'library.remove': ({ id }) => {
      const before = this.entries.length;
      this.entries = this.entries.filter((e) => e.id !== id);
      return { removed: this.entries.length < before };
    },
    'library.reimport': ({ id }) => {
      const entry = this.entries.find((e) => e.id === id);
      if (!entry) throw new Error(`no script with id ${id} in the library`);
      const updated = { ...entry, updatedAt: new Date().toISOString() };
      this.entries = this.entries.map((e) => (e.id === id ? updated : e));
      return updated;
    },
    'library.openDialog': () => [],
    'library.addSamples': () => {
      const added = ['air-morning-clarity.json', 'water-calm-breathing.md'].map((name) =>
        makeEntry({ id: `sample-${this.#nextId++}`, name }),
      );
      this.entries = [...added, ...this.entries];
      return added;
    },
    'jobs.enqueue': ({ libraryIds, provider, quality, aspectRatio }) => {
      const jobs: VideoJob[] = [];
      const rejected: { libraryId: string; message: string }[] = [];
      for (const libraryId of libraryIds) {
        const entry = this.entries.find((e) => e.id === libraryId);
        if (!entry || entry.status !== 'valid') {
          rejected.push({ libraryId, message: `${entry?.name ?? libraryId}: script is not valid` });
          continue;
        }
        jobs.push(
          makeJob({
            id: `job-${this.#nextId++}`,
            scriptName: entry.name,
            options: {
              provider: provider ?? 'auto',
              quality: quality ?? 'standard',
              aspectRatio: aspectRatio ?? '9:16',
              outputDir: '/videos',
            },
          }),
        );
      }
      this.jobs = [...this.jobs, ...jobs];
      return { jobs, rejected };
    },
    'jobs.list': ({ filter }) =>
      this.jobs.filter(
        (j) =>
          (!filter?.status || filter.status.includes(j.status)) &&
          (!filter?.channel || j.channel === filter.channel) &&
          (!filter?.providerId || j.providerId === filter.providerId) &&
          (!filter?.search ||
            `${j.topic} ${j.scriptName}`.toLowerCase().includes(filter.search.toLowerCase())),
      ),
    'jobs.get': ({ id }) => this.#job(id),
    'jobs.cancel': ({ id }) => this.#replaceJob({ ...this.#job(id), status: 'cancelled' }),
    'jobs.retry': ({ id }) =>
      this.#replaceJob({ ...this.#job(id), status: 'queued', progress: 0, stage: 'queued' }),
    'jobs.delete': ({ id }) => {
      this.#job(id);
      this.jobs = this.jobs.filter((j) => j.id !== id);
      return { deleted: true };
    },
    'jobs.reveal': () => ({ revealed: this.appInfo.canRevealFiles }),
    'providers.list': () => this.providers,
    'providers.check': ({ id }) => {
      const p = this.providers.find((x) => x.id === id);
      if (!p) throw new Error(`no provider with id ${id}`);
      return {
        id,
        ok: p.isAvailable,
        message: p.isAvailable ? `${p.name} is ready` : (p.reason ?? 'not available'),
        version: p.version,
      };
    },
    'metrics.get': () => this.metrics,
    'analytics.report': ({ group }) =>
      group === undefined ? this.analytics : this.analytics.filter((g) => g.group.startsWith(group)),
    'settings.get': () => this.settings,
    'settings.update': ({ patch }) => {
      const s = this.settings;
      const providers = { ...s.providers };
      for (const [id, p] of Object.entries(patch.providers ?? {})) {
        const current = providers[id];
        if (!current) throw new Error(`settings: unknown provider "${id}"`);
        providers[id] = { ...current, ...p };
      }
      this.settings = {
        ...s,
        global: { ...s.global, ...patch.global },
        providers,
        selectionWeights: { ...s.selectionWeights, ...patch.selectionWeights },
      };
      return this.settings;
    },
    'settings.setApiKey': ({ providerId, apiKey }) => {
      // Voice providers' keys go through the same call; the fake keeps them with the narration.
      if (this.narration.providers.some((p) => p.id === providerId && p.readsApiKey)) {
        this.narration = {
          ...this.narration,
          providers: this.narration.providers.map((p) =>
            p.id === providerId ? { ...p, hasApiKey: apiKey.length > 0 } : p,
          ),
        };
        return this.settings;
      }
      const current = this.settings.providers[providerId];
      if (!current) throw new Error(`settings: unknown provider "${providerId}"`);
      this.settings = {
        ...this.settings,
        providers: { ...this.settings.providers, [providerId]: { ...current, hasApiKey: apiKey.length > 0 } },
      };
      return this.settings;
    },
    'settings.chooseOutputDir': () => undefined,
    'webhooks.list': () => this.webhooks,
    'webhooks.add': ({ url, events }) => {
      this.webhooks = { ...this.webhooks, hooks: [...this.webhooks.hooks, { url, events }] };
      return this.webhooks;
    },
    'webhooks.remove': ({ index }) => {
      this.webhooks = { ...this.webhooks, hooks: this.webhooks.hooks.filter((_, i) => i !== index) };
      return this.webhooks;
    },
    'farm.status': () => this.farm,
    // Templates: a real view test sets these with `override`; by default, none.
    'templates.list': () => ({ templates: [], problems: [] }),
    'templates.get': ({ id }) => {
      throw new Error(`no template ${id}`);
    },
    'templates.save': () => {
      throw new Error('templates.save: override it in the test');
    },
    'templates.duplicate': ({ id }) => {
      throw new Error(`no template ${id}`);
    },
    'templates.import': () => {
      throw new Error('templates.import: override it in the test');
    },
    'templates.export': ({ id }) => {
      throw new Error(`no template ${id}`);
    },
    'templates.addFile': () => {
      throw new Error('templates.addFile: override it in the test');
    },
    'templates.poster': ({ id }) => {
      throw new Error(`no poster for ${id}`);
    },
    'templates.previewTimeline': () => {
      throw new Error('templates.previewTimeline: override it in the test');
    },
    'narration.get': () => this.narration,
    'narration.update': ({ defaultVoice, rate }) => {
      this.narration = {
        ...this.narration,
        ...(defaultVoice !== undefined ? { defaultVoice } : {}),
        ...(rate !== undefined ? { rate } : {}),
      };
      return this.narration;
    },
    'narration.chooseFile': () => undefined,
  };
}
