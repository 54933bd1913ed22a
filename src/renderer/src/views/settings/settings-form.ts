// The settings form as strings (what inputs hold), the patch of what changed, and errors keyed by
// field ("global.maxConcurrentGenerations", "providers.ffmpeg.timeoutSeconds") so each message can
// sit next to its input. The contract's own zod schema does the checking, so the form and the
// backend agree on every limit.
import type { PlatformId } from '#core/platform-presets.js';
import { API_CALLS } from '#shared/api-contract.js';
import { describeSettingsIssue, type SettingsIssue } from './field-messages.js';
import type { AspectRatio, SettingsPatch, SettingsView, VideoQuality } from '#shared/api-types.js';

export const WEIGHT_KEYS = ['capability', 'reliability', 'speed', 'cost', 'preference'] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];

export interface ProviderDraft {
  readonly enabled: boolean;
  readonly maxConcurrent: string;
  readonly timeoutSeconds: string;
  readonly binaryPath: string;
  readonly apiUrl: string;
  /** Undefined for providers without a test mode. */
  readonly testMode?: boolean;
}

export interface SettingsDraft {
  readonly defaultProvider: string;
  readonly defaultQuality: VideoQuality;
  readonly defaultAspectRatio: AspectRatio;
  readonly defaultPlatform: PlatformId;
  readonly maxConcurrentGenerations: string;
  readonly outputDir: string;
  readonly weights: Readonly<Record<WeightKey, string>>;
  readonly providers: Readonly<Record<string, ProviderDraft>>;
}

export type FieldErrors = Readonly<Record<string, string>>;

export function draftFromSettings(view: SettingsView): SettingsDraft {
  return {
    defaultProvider: view.global.defaultProvider,
    defaultQuality: view.global.defaultQuality,
    defaultAspectRatio: view.global.defaultAspectRatio,
    defaultPlatform: view.global.defaultPlatform ?? 'generic',
    maxConcurrentGenerations: String(view.global.maxConcurrentGenerations),
    outputDir: view.global.outputDir,
    weights: Object.fromEntries(WEIGHT_KEYS.map((k) => [k, String(view.selectionWeights[k])])) as Record<
      WeightKey,
      string
    >,
    providers: Object.fromEntries(
      Object.entries(view.providers).map(([id, p]) => [
        id,
        {
          enabled: p.enabled,
          maxConcurrent: String(p.maxConcurrent),
          timeoutSeconds: String(p.timeoutSeconds),
          binaryPath: p.binaryPath ?? '',
          apiUrl: p.apiUrl ?? '',
          ...(p.testMode !== undefined ? { testMode: p.testMode } : {}),
        },
      ]),
    ),
  };
}

function parseNumber(text: string, key: string, errors: Record<string, string>): number | undefined {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) {
    errors[key] = 'must be a number';
    return undefined;
  }
  return value;
}

/** Only what differs from `original`; `errors` names every field that cannot be sent. */
export function buildSettingsPatch(
  original: SettingsView,
  draft: SettingsDraft,
): { patch: SettingsPatch; errors: FieldErrors } {
  const errors: Record<string, string> = {};
  const global: Record<string, unknown> = {};
  const g = original.global;
  if (draft.defaultProvider !== g.defaultProvider) global.defaultProvider = draft.defaultProvider;
  if (draft.defaultQuality !== g.defaultQuality) global.defaultQuality = draft.defaultQuality;
  if (draft.defaultAspectRatio !== g.defaultAspectRatio) global.defaultAspectRatio = draft.defaultAspectRatio;
  if (draft.defaultPlatform !== (g.defaultPlatform ?? 'generic'))
    global.defaultPlatform = draft.defaultPlatform;
  const concurrency = parseNumber(draft.maxConcurrentGenerations, 'global.maxConcurrentGenerations', errors);
  if (concurrency !== undefined && concurrency !== g.maxConcurrentGenerations)
    global.maxConcurrentGenerations = concurrency;
  if (draft.outputDir.trim() !== g.outputDir) global.outputDir = draft.outputDir.trim();

  const weights: Record<string, number> = {};
  for (const key of WEIGHT_KEYS) {
    const value = parseNumber(draft.weights[key], `selectionWeights.${key}`, errors);
    if (value !== undefined && value !== original.selectionWeights[key]) weights[key] = value;
  }

  const providers: Record<string, Record<string, unknown>> = {};
  for (const [id, p] of Object.entries(draft.providers)) {
    const before = original.providers[id];
    if (!before) continue;
    const change: Record<string, unknown> = {};
    if (p.enabled !== before.enabled) change.enabled = p.enabled;
    const max = parseNumber(p.maxConcurrent, `providers.${id}.maxConcurrent`, errors);
    if (max !== undefined && max !== before.maxConcurrent) change.maxConcurrent = max;
    const timeout = parseNumber(p.timeoutSeconds, `providers.${id}.timeoutSeconds`, errors);
    if (timeout !== undefined && timeout !== before.timeoutSeconds) change.timeoutSeconds = timeout;
    // An empty path is sent as "" to clear it, as the contract says.
    if (p.binaryPath.trim() !== (before.binaryPath ?? '')) change.binaryPath = p.binaryPath.trim();
    if (p.apiUrl.trim() !== (before.apiUrl ?? '')) change.apiUrl = p.apiUrl.trim();
    if (p.testMode !== undefined && p.testMode !== before.testMode) change.testMode = p.testMode;
    if (Object.keys(change).length > 0) providers[id] = change;
  }

  const patch: SettingsPatch = {
    ...(Object.keys(global).length > 0 ? { global } : {}),
    ...(Object.keys(weights).length > 0 ? { selectionWeights: weights } : {}),
    ...(Object.keys(providers).length > 0 ? { providers } : {}),
  };
  const checked = API_CALLS['settings.update'].safeParse({ patch });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = issue.path.slice(1).map(String).join('.');
      errors[key] ??= describeSettingsIssue(issue as SettingsIssue);
    }
  }
  return { patch, errors };
}

export function isEmptyPatch(patch: SettingsPatch): boolean {
  return !patch.global && !patch.providers && !patch.selectionWeights;
}

const snakeToCamel = (segment: string) => segment.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Finds the field a backend error is about, so it can be shown next to that field. Understands the
 * contract's "settings.update: patch.<field>: …", the config's "config <snake.key>: …" and
 * "unknown default provider". Undefined when the message names no known field.
 */
export function fieldOfServerError(message: string, knownFields: ReadonlySet<string>): string | undefined {
  const fromPayload = /patch\.([\w.-]+):/.exec(message)?.[1];
  if (fromPayload && knownFields.has(fromPayload)) return fromPayload;
  const named = /^([\w.-]+): /.exec(message)?.[1];
  if (named && knownFields.has(named)) return named;
  const fromConfig = /config ([\w.-]+):/.exec(message)?.[1];
  if (fromConfig) {
    const key = fromConfig.split('.').map(snakeToCamel).join('.');
    if (knownFields.has(key)) return key;
  }
  if (/default provider/i.test(message)) return 'global.defaultProvider';
  return undefined;
}

/** Every field key the form shows, for matching server errors. */
export function fieldKeys(draft: SettingsDraft): Set<string> {
  return new Set([
    'global.defaultProvider',
    'global.defaultQuality',
    'global.defaultAspectRatio',
    'global.defaultPlatform',
    'global.maxConcurrentGenerations',
    'global.outputDir',
    ...WEIGHT_KEYS.map((k) => `selectionWeights.${k}`),
    ...Object.keys(draft.providers).flatMap((id) =>
      ['enabled', 'maxConcurrent', 'timeoutSeconds', 'binaryPath', 'apiUrl'].map(
        (f) => `providers.${id}.${f}`,
      ),
    ),
  ]);
}
