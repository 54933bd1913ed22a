// Narration settings: the default voice (a choice among the voice providers main lists, with
// availability), the speaking rate, piper's program and voice file, and the cloud voices' keys.
// The page never names a path: piper's files come from a dialog main opens (desktop app only).
import { useEffect, useState } from 'react';
import type { NarrationSettingsView, PiperFileField } from '#shared/narration-api-types.js';
import { errorMessage } from '../../api/error-message.js';
import { useApi, useApiEvent } from '../../app/api-context.js';
import { ChoiceSelect } from '../../components/ChoiceSelect.js';
import { ErrorBanner, Loaded } from '../../components/common.js';
import { NumberInput } from '../../components/NumberInput.js';
import { useToast } from '../../components/toasts.js';
import { useAsync } from '../../state/use-async.js';
import { ApiKeyField } from './ApiKeyField.js';
import { Field } from './Field.js';
import { voiceOptions } from './voice-choices.js';

export function NarrationPanel() {
  const api = useApi();
  const loaded = useAsync(() => api['narration.get']({}), 'narration');
  // config.json changed (another window, the CLI, a hand edit): show the voices and choice as they are now.
  useApiEvent('settings', () => loaded.reload());
  return (
    <section className="panel narration-settings" aria-label="Narration" data-testid="narration-settings">
      <h2>Narration</h2>
      <p className="muted">
        Scripts without a voice of their own are read by the default voice; “Off” renders them silent, as
        before.
      </p>
      {loaded.error && (
        <ErrorBanner message={`Could not load the voices: ${loaded.error}`} onRetry={loaded.reload} />
      )}
      <Loaded state={loaded} spinner="Looking for voices…">
        {(view) => (
          <NarrationForm view={view} onView={(next) => loaded.setData(() => next)} reload={loaded.reload} />
        )}
      </Loaded>
    </section>
  );
}

function NarrationForm({
  view,
  onView,
  reload,
}: {
  view: NarrationSettingsView;
  onView(view: NarrationSettingsView): void;
  reload(): void;
}) {
  const api = useApi();
  const toast = useToast();
  const [voice, setVoice] = useState(view.defaultVoice);
  const [rate, setRate] = useState(String(view.rate));
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setVoice(view.defaultVoice);
    setRate(String(view.rate));
  }, [view.defaultVoice, view.rate]);

  const rateNumber = Number(rate);
  const rateError =
    rate.trim() === '' || !Number.isFinite(rateNumber) || rateNumber < 0.25 || rateNumber > 4
      ? 'must be a number from 0.25 to 4'
      : undefined;
  const dirty = voice !== view.defaultVoice || (rateError === undefined && rateNumber !== view.rate);

  const save = async () => {
    if (rateError) return;
    setSaving(true);
    setError(undefined);
    try {
      onView(
        await api['narration.update']({
          ...(voice !== view.defaultVoice ? { defaultVoice: voice } : {}),
          ...(rateNumber !== view.rate ? { rate: rateNumber } : {}),
        }),
      );
      toast.push({ kind: 'success', title: 'Narration saved' });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  const choose = async (field: PiperFileField) => {
    try {
      const next = await api['narration.chooseFile']({ field });
      if (next) onView(next);
    } catch (failure) {
      toast.push({ kind: 'error', title: 'Could not choose the file', message: errorMessage(failure) });
    }
  };

  const chosen = view.providers.find((p) => voice.split(':')[0] === p.id);
  return (
    <>
      <div className="form-grid">
        <Field
          id="narration.defaultVoice"
          label="Default voice"
          error={error}
          hint={
            chosen && !chosen.available
              ? `${chosen.name} cannot speak now: ${chosen.reason ?? ''}`
              : undefined
          }
        >
          {(props) => (
            <ChoiceSelect
              {...props}
              value={voice}
              choices={voiceOptions(view)}
              onChange={setVoice}
              data-testid="narration-default-voice"
            />
          )}
        </Field>
        <Field id="narration.rate" label="Speaking rate (1 = normal)" error={rateError}>
          {(props) => (
            <NumberInput
              {...props}
              min={0.25}
              max={4}
              step={0.05}
              value={rate}
              onValue={(value) => setRate(value)}
              data-testid="narration-rate"
            />
          )}
        </Field>
      </div>
      <div className="row">
        <button
          type="button"
          className="button primary small"
          disabled={!dirty || saving || rateError !== undefined}
          onClick={() => void save()}
          data-testid="narration-save"
        >
          {saving ? 'Saving…' : 'Save narration'}
        </button>
        <span className="muted">{dirty ? 'Unsaved changes' : 'Saved'}</span>
      </div>

      <ul className="voice-providers" aria-label="Voice providers">
        {view.providers.map((provider) => (
          <li key={provider.id} data-testid={`voice-provider-${provider.id}`}>
            <strong>{provider.name}</strong>{' '}
            <span className="muted">
              {provider.online ? 'online — sends the script text to the service' : 'offline'}
            </span>{' '}
            {provider.available ? (
              <span className="ok-text">✓ available{provider.version ? ` (${provider.version})` : ''}</span>
            ) : (
              <span className="error-text">✗ {provider.reason ?? 'unavailable'}</span>
            )}
            {provider.readsApiKey && (
              <ApiKeyField providerId={provider.id} hasApiKey={provider.hasApiKey} onSaved={() => reload()} />
            )}
          </li>
        ))}
      </ul>

      <h3>Piper</h3>
      <div className="form-grid">
        {(
          [
            ['binaryPath', 'Piper program', 'binary_path'],
            ['modelPath', 'Piper voice (.onnx)', 'model_path'],
          ] as const
        ).map(([field, label, key]) => (
          <Field
            key={field}
            id={`narration.piper.${field}`}
            label={label}
            hint={
              view.canChooseFiles
                ? 'Chosen in a file dialog, or set in config.json.'
                : `Set providers.piper.${key} in config.json: a browser page may not choose a program to run or a file to read.`
            }
          >
            {(props) => (
              <div className="input-with-button">
                <input
                  {...props}
                  type="text"
                  readOnly
                  value={view.piper[field] ?? ''}
                  placeholder="(not set)"
                  data-testid={`narration-piper-${field}`}
                />
                {view.canChooseFiles && (
                  <button type="button" className="button" onClick={() => void choose(field)}>
                    Choose…
                  </button>
                )}
              </div>
            )}
          </Field>
        ))}
      </div>
    </>
  );
}
