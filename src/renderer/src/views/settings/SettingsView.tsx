// Settings, edited as a draft and saved as a patch of what changed; the backend applies it at once.
import { useEffect, useState } from 'react';
import { PLATFORM_IDS } from '#core/platform-presets.js';
import { ASPECT_RATIOS, VIDEO_QUALITIES as QUALITIES } from '#core/video-quality.js';
import type { ProviderInfo, SettingsView as Settings } from '#shared/api-types.js';
import { errorMessage } from '../../api/error-message.js';
import { useApi, useApiEvent, useAppInfo } from '../../app/api-context.js';
import { ErrorBanner, Loaded, PageHeader } from '../../components/common.js';
import { NumberInput } from '../../components/NumberInput.js';
import { useToast } from '../../components/toasts.js';
import { useAsync } from '../../state/use-async.js';
import { ChoiceSelect } from '../../components/ChoiceSelect.js';
import { Field } from './Field.js';
import { environmentHint } from './environment-hint.js';
import { messageForField } from './field-messages.js';
import { ProviderSettingsCard } from './ProviderSettingsCard.js';
import { WebhooksPanel } from './WebhooksPanel.js';
import { NarrationPanel } from './NarrationPanel.js';
import type { FieldErrors, SettingsDraft } from './settings-form.js';
import {
  buildSettingsPatch,
  draftFromSettings,
  fieldKeys,
  fieldOfServerError,
  isEmptyPatch,
  WEIGHT_KEYS,
} from './settings-form.js';

export function SettingsView() {
  const api = useApi();
  const loaded = useAsync(async (): Promise<{ settings: Settings; providers: ProviderInfo[] }> => {
    const [settings, providers] = await Promise.all([api['settings.get']({}), api['providers.list']({})]);
    return { settings, providers };
  }, 'settings');

  return (
    <div className="view" data-testid="settings-view">
      <PageHeader title="Settings" subtitle="Changes apply immediately — no restart needed" />
      {loaded.error && (
        <ErrorBanner message={`Could not load the settings: ${loaded.error}`} onRetry={loaded.reload} />
      )}
      <Loaded state={loaded} spinner="Loading settings…">
        {(data) => <SettingsForm initial={data.settings} providers={data.providers} />}
      </Loaded>
      <NarrationPanel />
      <WebhooksPanel />
    </div>
  );
}

function SettingsForm({ initial, providers }: { initial: Settings; providers: readonly ProviderInfo[] }) {
  const api = useApi();
  const toast = useToast();
  const { canRevealFiles } = useAppInfo();
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const { patch } = buildSettingsPatch(saved, draft);
  const dirty = !isEmptyPatch(patch);

  // Another window (or the CLI's config file) changed the settings: adopt them unless mid-edit.
  useApiEvent('settings', (view) => {
    setSaved(view);
    if (!dirty) setDraft(draftFromSettings(view));
  });

  const adopt = (view: Settings) => {
    setSaved(view);
    setDraft(draftFromSettings(view));
  };

  // Editing a field clears its message: the old one no longer describes the value.
  const edit = (next: SettingsDraft) => {
    setDraft(next);
    setFormError(undefined);
  };
  useEffect(() => setErrors({}), [draft]);
  // The first field with a message comes into view and takes the focus, wherever the form is scrolled.
  useEffect(() => {
    const first = document.querySelector<HTMLElement>('.settings [aria-invalid="true"]');
    first?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    first?.focus({ preventScroll: true });
  }, [errors]);
  const fromEnvironment = (field: string) => environmentHint(saved.setByEnvironment?.[field]);
  // A field an environment variable sets cannot be changed here: an edit would be saved and ignored.
  const setByEnvironment = (field: string) => saved.setByEnvironment?.[field] !== undefined;

  const save = async () => {
    const built = buildSettingsPatch(saved, draft);
    if (Object.keys(built.errors).length > 0) {
      setErrors(built.errors);
      return;
    }
    if (isEmptyPatch(built.patch)) return;
    setSaving(true);
    try {
      adopt(await api['settings.update']({ patch: built.patch }));
      toast.push({ kind: 'success', title: 'Settings saved' });
    } catch (error) {
      const message = errorMessage(error);
      const field = fieldOfServerError(message, fieldKeys(draft));
      if (field) setErrors({ [field]: messageForField(message, field) });
      else setFormError(message);
    } finally {
      setSaving(false);
    }
  };

  const chooseFolder = async () => {
    try {
      const view = await api['settings.chooseOutputDir']({});
      if (view) {
        setSaved(view);
        setDraft((d) => ({ ...d, outputDir: view.global.outputDir }));
      }
    } catch (error) {
      toast.push({ kind: 'error', title: 'Could not choose a folder', message: errorMessage(error) });
    }
  };

  const setWeight = (key: (typeof WEIGHT_KEYS)[number], value: string) =>
    edit({ ...draft, weights: { ...draft.weights, [key]: value } });
  const providerIds = Object.keys(draft.providers);

  return (
    <form
      className="settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      aria-label="Settings"
      noValidate
    >
      <section className="panel" aria-label="Rendering defaults">
        <h2>Rendering defaults</h2>
        <div className="form-grid">
          <Field
            id="global.defaultProvider"
            label="Default provider"
            error={errors['global.defaultProvider']}
            hint={fromEnvironment('global.defaultProvider')}
          >
            {(props) => (
              <ChoiceSelect
                {...props}
                value={draft.defaultProvider}
                choices={[
                  { value: 'auto', label: 'Auto (scored by the weights below)' },
                  ...providerIds.map((id) => ({
                    value: id,
                    label: providers.find((p) => p.id === id)?.name ?? id,
                  })),
                ]}
                onChange={(defaultProvider) => edit({ ...draft, defaultProvider })}
                disabled={setByEnvironment('global.defaultProvider')}
                data-testid="settings-default-provider"
              />
            )}
          </Field>
          <Field id="global.defaultQuality" label="Default quality" error={errors['global.defaultQuality']}>
            {(props) => (
              <ChoiceSelect
                {...props}
                value={draft.defaultQuality}
                choices={QUALITIES}
                onChange={(defaultQuality) => edit({ ...draft, defaultQuality })}
                data-testid="settings-default-quality"
              />
            )}
          </Field>
          <Field
            id="global.defaultAspectRatio"
            label="Default aspect ratio"
            error={errors['global.defaultAspectRatio']}
          >
            {(props) => (
              <ChoiceSelect
                {...props}
                value={draft.defaultAspectRatio}
                choices={ASPECT_RATIOS}
                onChange={(defaultAspectRatio) => edit({ ...draft, defaultAspectRatio })}
                data-testid="settings-default-aspect"
              />
            )}
          </Field>
          <Field
            id="global.defaultPlatform"
            label="Default platform (size, safe zone, length, loudness)"
            error={errors['global.defaultPlatform']}
          >
            {(props) => (
              <ChoiceSelect
                {...props}
                value={draft.defaultPlatform}
                choices={PLATFORM_IDS}
                onChange={(defaultPlatform) => edit({ ...draft, defaultPlatform })}
                data-testid="settings-default-platform"
              />
            )}
          </Field>
          <Field
            id="global.maxConcurrentGenerations"
            label="Renders at once (all providers)"
            error={errors['global.maxConcurrentGenerations']}
            hint={fromEnvironment('global.maxConcurrentGenerations')}
          >
            {(props) => (
              <NumberInput
                {...props}
                min={1}
                max={64}
                value={draft.maxConcurrentGenerations}
                onValue={(value) => edit({ ...draft, maxConcurrentGenerations: value })}
                readOnly={setByEnvironment('global.maxConcurrentGenerations')}
                data-testid="settings-concurrency"
              />
            )}
          </Field>
        </div>
        <Field
          id="global.outputDir"
          label="Output folder"
          error={errors['global.outputDir']}
          hint={fromEnvironment('global.outputDir')}
        >
          {(props) => (
            <div className="input-with-button">
              <input
                {...props}
                type="text"
                spellCheck={false}
                readOnly={setByEnvironment('global.outputDir')}
                value={draft.outputDir}
                onChange={(e) => edit({ ...draft, outputDir: e.target.value })}
                data-testid="settings-output-dir"
              />
              {canRevealFiles && (
                <button
                  type="button"
                  className="button"
                  onClick={() => void chooseFolder()}
                  disabled={setByEnvironment('global.outputDir')}
                  data-testid="settings-choose-output-dir"
                >
                  Choose…
                </button>
              )}
            </div>
          )}
        </Field>
      </section>

      {draft.defaultProvider === 'auto' && (
        <section className="panel" aria-label="Selection weights" data-testid="settings-weights">
          <h2>Automatic selection weights</h2>
          <p className="muted">How much each factor counts when Reelforge picks a provider (0–100).</p>
          <div className="form-grid weights">
            {WEIGHT_KEYS.map((key) => (
              <Field
                key={key}
                id={`selectionWeights.${key}`}
                label={key[0]!.toUpperCase() + key.slice(1)}
                error={errors[`selectionWeights.${key}`]}
              >
                {(props) => (
                  <NumberInput
                    {...props}
                    min={0}
                    max={100}
                    value={draft.weights[key]}
                    onValue={(value) => setWeight(key, value)}
                  />
                )}
              </Field>
            ))}
          </div>
        </section>
      )}

      <h2 className="section-title">Providers</h2>
      <div className="provider-settings-list">
        {providerIds.map((id) => (
          <ProviderSettingsCard
            key={id}
            id={id}
            info={providers.find((p) => p.id === id)}
            saved={saved.providers[id]!}
            draft={draft.providers[id]!}
            errors={errors}
            {...(saved.setByEnvironment ? { setByEnvironment: saved.setByEnvironment } : {})}
            onChange={(p) => edit({ ...draft, providers: { ...draft.providers, [id]: p } })}
            onSettings={(view) => {
              setSaved(view);
            }}
          />
        ))}
      </div>

      <div className={`save-bar${dirty ? ' dirty' : ''}`}>
        {formError && (
          <span className="error-text" role="alert" data-testid="settings-error">
            {formError}
          </span>
        )}
        {Object.keys(errors).length > 0 && <span className="error-text">Fix the highlighted fields.</span>}
        <span className="muted">{dirty ? 'Unsaved changes' : 'All changes saved'}</span>
        <button
          type="button"
          className="button ghost"
          disabled={!dirty || saving}
          onClick={() => {
            setDraft(draftFromSettings(saved));
            setFormError(undefined);
          }}
        >
          Discard
        </button>
        <button
          type="submit"
          className="button primary"
          disabled={!dirty || saving}
          data-testid="settings-save"
        >
          {saving ? 'Saving…' : 'Save changes'}
        </button>
      </div>
    </form>
  );
}
