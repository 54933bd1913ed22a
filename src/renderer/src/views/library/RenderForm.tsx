// Quality, aspect ratio and provider for one script or a batch, defaulting to the settings, then
// `jobs.enqueue` and off to the queue.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { AspectRatio, ProviderInfo, SettingsView, VideoQuality } from '#shared/api-types.js';
import { errorMessage } from '../../api/error-message.js';
import { useApi } from '../../app/api-context.js';
import { useNavigate } from '../../app/navigation.js';
import { ChoiceSelect } from '../../components/ChoiceSelect.js';
import { useToast } from '../../components/toasts.js';
import { ASPECT_RATIOS, VIDEO_QUALITIES as QUALITIES } from '#core/video-quality.js';
import { PLATFORM_IDS, PLATFORM_PRESETS, type PlatformId } from '#core/platform-presets.js';
import { useAsync } from '../../state/use-async.js';
import { TemplateSelect } from '../templates/TemplateSelect.js';

export function providerUnavailableReason(provider: ProviderInfo): string | undefined {
  if (!provider.enabled) return `${provider.name} is disabled in Settings`;
  if (!provider.isAvailable) return provider.reason ?? `${provider.name} is not available`;
  return undefined;
}

export interface RenderFormProps {
  readonly libraryIds: readonly string[];
  /** Told about the chosen aspect ratio so the preview can show it. */
  readonly onAspectRatioChange?: (aspectRatio: AspectRatio) => void;
  /** Told about the platform picked (undefined: the script's own, else the settings' default). */
  readonly onPlatformChange?: (platform: PlatformId | undefined) => void;
  /** The script's own platform, which applies while the form leaves the choice open. */
  readonly scriptPlatform?: PlatformId;
  readonly compact?: boolean;
  /** Told about the provider chosen ("auto" or an id) so the preview can match its render. */
  readonly onProviderChange?: (provider: string) => void;
}

export function RenderForm({
  libraryIds,
  onAspectRatioChange,
  onPlatformChange,
  scriptPlatform,
  compact = false,
  onProviderChange,
}: RenderFormProps) {
  const api = useApi();
  const toast = useToast();
  const navigate = useNavigate();
  const setup = useAsync(async (): Promise<{ settings: SettingsView; providers: ProviderInfo[] }> => {
    const [settings, providers] = await Promise.all([api['settings.get']({}), api['providers.list']({})]);
    return { settings, providers };
  }, 'render-setup');
  const [quality, setQuality] = useState<VideoQuality>('standard');
  const [aspectRatio, setAspectRatio] = useState<AspectRatio>('9:16');
  const [provider, setProviderState] = useState('auto');
  const setProvider = (value: string) => {
    setProviderState(value);
    onProviderChange?.(value);
  };
  // '' leaves the choice to the script's "platform", then to the settings' default.
  const [platform, setPlatform] = useState<PlatformId | ''>('');
  // '' leaves the look to the script's "template", then to the channel's.
  const [template, setTemplate] = useState('');
  const settings = setup.data?.settings;
  // A platform fixes the shape at 9:16, so the aspect ratio is not sent with one.
  const effectivePlatform = platform || scriptPlatform || settings?.global.defaultPlatform || 'generic';
  const platformFixesShape = effectivePlatform !== 'generic';
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!settings) return;
    setQuality(settings.global.defaultQuality);
    setAspectRatio(settings.global.defaultAspectRatio);
    setProvider(settings.global.defaultProvider || 'auto');
    onAspectRatioChange?.(settings.global.defaultAspectRatio);
    // Defaults are applied once per load; later choices are the user's.
  }, [settings]);

  const chooseAspect = (value: AspectRatio) => {
    setAspectRatio(value);
    onAspectRatioChange?.(value);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (libraryIds.length === 0 || busy) return;
    setBusy(true);
    try {
      const result = await api['jobs.enqueue']({
        libraryIds: [...libraryIds],
        provider,
        quality,
        ...(platformFixesShape ? {} : { aspectRatio }),
        ...(platform !== '' ? { platform } : {}),
        ...(template !== '' ? { template } : {}),
      });
      for (const rejected of result.rejected) {
        toast.push({ kind: 'error', title: 'Not queued', message: rejected.message });
      }
      if (result.jobs.length > 0) {
        toast.push({
          kind: 'success',
          title: `Queued ${result.jobs.length} render${result.jobs.length === 1 ? '' : 's'}`,
          message: `${quality} · ${aspectRatio} · ${provider === 'auto' ? 'auto provider' : provider}`,
        });
        navigate('queue');
      }
    } catch (error) {
      toast.push({ kind: 'error', title: 'Could not queue the render', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const providers = setup.data?.providers ?? [];
  return (
    <form className={`render-form${compact ? ' compact' : ''}`} onSubmit={submit} aria-label="Render options">
      <label className="field">
        <span>Quality</span>
        <ChoiceSelect<VideoQuality>
          value={quality}
          choices={QUALITIES}
          onChange={setQuality}
          data-testid="render-quality"
        />
      </label>
      <fieldset className="field segmented" data-testid="render-aspect">
        <legend>Aspect ratio</legend>
        {ASPECT_RATIOS.map((ratio) => (
          <label key={ratio} className={ratio === aspectRatio ? 'selected' : undefined}>
            <input
              type="radio"
              name={`aspect-${libraryIds.join('-')}`}
              value={ratio}
              checked={ratio === aspectRatio}
              disabled={platformFixesShape}
              onChange={() => chooseAspect(ratio)}
            />
            {ratio}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>Platform</span>
        <select
          value={platform}
          onChange={(e) => {
            const value = e.target.value as PlatformId | '';
            setPlatform(value);
            onPlatformChange?.(value === '' ? undefined : value);
          }}
          data-testid="render-platform"
        >
          <option value="">From the script or Settings</option>
          {PLATFORM_IDS.map((id) => (
            <option key={id} value={id}>
              {PLATFORM_PRESETS[id].name}
            </option>
          ))}
        </select>
      </label>
      <TemplateSelect value={template} onChange={setTemplate} />
      <label className="field">
        <span>Provider</span>
        <select value={provider} onChange={(e) => setProvider(e.target.value)} data-testid="render-provider">
          <option value="auto">Auto (best available)</option>
          {providers.map((p) => {
            const reason = providerUnavailableReason(p);
            return (
              <option key={p.id} value={p.id} disabled={reason !== undefined} title={reason}>
                {p.name}
                {reason ? ' — unavailable' : ''}
              </option>
            );
          })}
        </select>
      </label>
      {setup.error && <p className="field-error">Could not load defaults: {setup.error}</p>}
      <button
        type="submit"
        className="button primary"
        disabled={busy || libraryIds.length === 0 || setup.loading}
        data-testid="render-button"
      >
        {busy ? 'Queueing…' : libraryIds.length > 1 ? `Render ${libraryIds.length} videos` : 'Render'}
      </button>
    </form>
  );
}
