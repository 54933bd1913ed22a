import type { ProviderSettings } from '#core/config.js';
import { ConfigError, ProviderError } from '#core/errors.js';
import type { ConnectionCheck, ProviderAvailability, RenderContext } from '#core/provider.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { ProviderOutput } from '#core/result.js';
import { BaseVideoProvider, type BaseProviderInfo } from '../base-video-provider.js';
import {
  missingKeyReason,
  readCloudSettings,
  type CloudClientOptions,
  type CloudDefaults,
  type CloudSettings,
} from './cloud-settings.js';
import type { FfmpegBinaries } from '../ffmpeg/binary-discovery.js';
import { checkCloudConnection } from './connection-check.js';
import { findBinaries } from './media-check.js';
import { providerErrorFromCall } from './provider-errors.js';
import { createRedactor } from './redact.js';

export interface CloudProviderWiring {
  /** `providers.<id>` from the config (with the stored key), read at every use. */
  readonly settings: () => ProviderSettings;
  /** `providers.ffmpeg` settings: where ffprobe (and ffmpeg) are, to check and compose downloads. */
  readonly ffmpegSettings: () => ProviderSettings;
  /** Environment for VIDEO_PROVIDER_<ID>_POLL_INTERVAL and FFMPEG_PATH; default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

type Configuration<T> =
  | { readonly cloud: CloudSettings; readonly options: T }
  | { readonly problem: { readonly reason: string; readonly code: 'config' | 'unavailable' } };

/** A cloud render's checked settings, its provider's options and the FFmpeg binaries it uses. */
export interface PreparedCloudRender<T> {
  readonly cloud: CloudSettings;
  readonly options: T;
  readonly binaries: FfmpegBinaries;
}

/**
 * What the cloud providers share: settings read the same way, a redactor that keeps the key
 * out of every message, the "no API key" availability rule, resumability, and the connection
 * test. Subclasses add their API calls and how they render.
 */
export abstract class CloudVideoProvider extends BaseVideoProvider {
  readonly resumable = true;
  protected readonly redact: (text: string) => string;
  readonly #wiring: CloudProviderWiring;
  readonly #defaults: CloudDefaults;
  readonly #service: string;

  protected constructor(
    info: BaseProviderInfo & { readonly service: string; readonly defaults: CloudDefaults },
    wiring: CloudProviderWiring,
  ) {
    super(info);
    this.#wiring = wiring;
    this.#defaults = info.defaults;
    this.#service = info.service;
    this.redact = createRedactor(() => [wiring.settings().apiKey]);
  }

  protected settings(): ProviderSettings {
    return this.#wiring.settings();
  }

  protected env(): Readonly<Record<string, string | undefined>> {
    return this.#wiring.env ?? process.env;
  }

  protected cloud(): CloudSettings {
    return readCloudSettings(this.id, this.settings(), this.env(), this.#defaults);
  }

  /**
   * The checks of `isAvailable` every cloud provider makes (config valid, key present) plus the
   * provider's own option parsing; returns those options, or why the provider is unavailable.
   */
  protected configured<T>(
    readOptions: () => T,
  ): { readonly cloud: CloudSettings; readonly options: T } | { readonly unavailable: ProviderAvailability } {
    let read: Configuration<T>;
    try {
      read = this.#configuration(readOptions);
    } catch (error) {
      return { unavailable: { available: false, reason: this.redact((error as Error).message) } };
    }
    return 'problem' in read ? { unavailable: { available: false, reason: read.problem.reason } } : read;
  }

  generate(request: VideoGenerationRequest, context: RenderContext): Promise<ProviderOutput> {
    return this.guard(request, context, (checked) => this.render(request, checked));
  }

  /**
   * What every render needs before its first call: valid settings and options, the key, and the
   * FFmpeg binaries (`ffmpegNeed` says what for, e.g. "needs ffprobe to check downloads"). Each
   * missing piece is a retryable ProviderError, so the job can fall back to another provider.
   */
  protected prepareRender<T>(readOptions: () => T, ffmpegNeed: string): PreparedCloudRender<T> {
    const read = this.#configuration(readOptions);
    if ('problem' in read) {
      throw new ProviderError(this.id, read.problem.reason, { code: read.problem.code, retryable: true });
    }
    const found = this.ffmpegBinaries(ffmpegNeed);
    if ('reason' in found) {
      throw new ProviderError(this.id, found.reason, { code: 'unavailable', retryable: true });
    }
    return { ...read, binaries: found.binaries };
  }

  /** ffmpeg/ffprobe as the FFmpeg provider finds them, or why there are none (`need` says what for). */
  protected ffmpegBinaries(
    need: string,
  ): { readonly binaries: FfmpegBinaries } | { readonly reason: string } {
    const found = findBinaries(this.#wiring.ffmpegSettings(), this.env());
    return found.binaries ? { binaries: found.binaries } : { reason: `${need}: ${found.reason}` };
  }

  /** The options an API client of this provider is built with, from checked settings. */
  protected clientOptions(cloud: CloudSettings): CloudClientOptions {
    return {
      apiKey: cloud.apiKey ?? '',
      baseUrl: cloud.baseUrl,
      requestTimeoutMs: cloud.requestTimeoutMs,
      redact: this.redact,
    };
  }

  /** A failed API call as a ProviderError naming the service and what was being done. */
  protected callFailure(error: unknown, doing: string): ProviderError {
    return providerErrorFromCall(error, {
      providerId: this.id,
      service: this.#service,
      doing,
      redact: this.redact,
    });
  }

  /** Settings and options read and checked (config valid, key present), or what is wrong. */
  #configuration<T>(readOptions: () => T): Configuration<T> {
    let cloud: CloudSettings;
    let options: T;
    try {
      cloud = this.cloud();
      options = readOptions();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return { problem: { reason: this.redact(error.message), code: 'config' } };
    }
    if (!cloud.apiKey) return { problem: { reason: missingKeyReason(this.id), code: 'unavailable' } };
    return { cloud, options };
  }

  /** One cheap authenticated read, e.g. GET /v1/organization. */
  protected abstract connectionRead(cloud: CloudSettings, signal: AbortSignal): Promise<unknown>;

  checkConnection(signal: AbortSignal): Promise<ConnectionCheck> {
    return checkCloudConnection(
      {
        providerId: this.id,
        service: this.#service,
        settings: () => this.cloud(),
        redact: this.redact,
        read: (cloud, s) => this.connectionRead(cloud, s),
      },
      signal,
    );
  }
}
