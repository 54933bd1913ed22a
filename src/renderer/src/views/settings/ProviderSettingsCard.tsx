// One provider's settings: enabled, concurrency, timeout, binary path / API URL, a live check and
// its API key (`ApiKeyField`: write-only, the key never comes back, only whether one is stored).
import { useState } from 'react';
import type { ProviderCheck, ProviderInfo, SettingsView } from '#shared/api-types.js';
import { errorMessage } from '../../api/error-message.js';
import { useApi, useAppInfo } from '../../app/api-context.js';
import { NumberInput } from '../../components/NumberInput.js';
import { ApiKeyField } from './ApiKeyField.js';
import { environmentHint } from './environment-hint.js';
import { Field } from './Field.js';
import type { FieldErrors, ProviderDraft } from './settings-form.js';

export interface ProviderSettingsCardProps {
  readonly id: string;
  readonly info?: ProviderInfo;
  readonly saved: SettingsView['providers'][string];
  readonly draft: ProviderDraft;
  readonly errors: FieldErrors;
  /** The environment variable that decides a field (by `providers.<id>.<field>`), when one does. */
  readonly setByEnvironment?: Readonly<Record<string, string>>;
  onChange(draft: ProviderDraft): void;
  onSettings(view: SettingsView): void;
}

/** Whether this provider reads a setting; the provider says so itself (see ProviderInfo). */
function reads(info: ProviderInfo | undefined, field: ProviderInfo['settingsFields'][number]): boolean {
  return info?.settingsFields.includes(field) ?? false;
}

export function ProviderSettingsCard({
  id,
  info,
  saved,
  draft,
  errors,
  setByEnvironment,
  onChange,
  onSettings,
}: ProviderSettingsCardProps) {
  const api = useApi();
  // Only the desktop app can ask the user to confirm a program to run; a browser page may not.
  const { canRevealFiles: canChooseProgram } = useAppInfo();
  const [check, setCheck] = useState<ProviderCheck | { ok: false; message: string } | undefined>();
  const [checking, setChecking] = useState(false);
  const set = <K extends keyof ProviderDraft>(key: K, value: ProviderDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const f = (field: string) => `providers.${id}.${field}`;

  const test = async () => {
    setChecking(true);
    try {
      setCheck(await api['providers.check']({ id }));
    } catch (error) {
      setCheck({ ok: false, message: errorMessage(error) });
    } finally {
      setChecking(false);
    }
  };

  return (
    <section
      className="panel provider-settings"
      aria-label={`${info?.name ?? id} settings`}
      data-testid={`provider-settings-${id}`}
    >
      <div className="panel-head">
        <h3>{info?.name ?? id}</h3>
        <label className="switch">
          <input
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => set('enabled', e.target.checked)}
            aria-label={`Enable ${info?.name ?? id}`}
          />
          <span>{draft.enabled ? 'Enabled' : 'Disabled'}</span>
        </label>
      </div>
      <div className="form-grid">
        <Field id={f('maxConcurrent')} label="Max concurrent" error={errors[f('maxConcurrent')]}>
          {(props) => (
            <NumberInput
              {...props}
              min={1}
              max={64}
              value={draft.maxConcurrent}
              onValue={(value) => set('maxConcurrent', value)}
            />
          )}
        </Field>
        <Field id={f('timeoutSeconds')} label="Timeout (seconds)" error={errors[f('timeoutSeconds')]}>
          {(props) => (
            <NumberInput
              {...props}
              min={1}
              value={draft.timeoutSeconds}
              onValue={(value) => set('timeoutSeconds', value)}
            />
          )}
        </Field>
        {reads(info, 'binaryPath') && (
          <Field
            id={f('binaryPath')}
            label="Binary path"
            error={errors[f('binaryPath')]}
            hint={
              canChooseProgram
                ? 'Empty: found on PATH or via the environment. A new path is confirmed in a dialog.'
                : `Set in config.json (providers.${id}.binary_path) or the environment: a browser page may not choose a program to run.`
            }
          >
            {(props) => (
              <input
                {...props}
                type="text"
                spellCheck={false}
                readOnly={!canChooseProgram}
                value={draft.binaryPath}
                placeholder="(automatic)"
                onChange={(e) => set('binaryPath', e.target.value)}
              />
            )}
          </Field>
        )}
        {reads(info, 'testMode') && draft.testMode !== undefined && (
          <label className="switch" data-testid={`provider-test-mode-${id}`}>
            <input
              type="checkbox"
              checked={draft.testMode}
              onChange={(e) => set('testMode', e.target.checked)}
            />
            Test videos (free, watermarked)
          </label>
        )}
        {(reads(info, 'apiUrl') || saved.apiUrl !== undefined) && (
          <Field
            id={f('apiUrl')}
            label="API URL"
            error={errors[f('apiUrl')]}
            hint={environmentHint(setByEnvironment?.[f('apiUrl')])}
          >
            {(props) => (
              <input
                {...props}
                type="url"
                spellCheck={false}
                // An edit here would be saved and then ignored: the variable decides.
                readOnly={setByEnvironment?.[f('apiUrl')] !== undefined}
                value={draft.apiUrl}
                onChange={(e) => set('apiUrl', e.target.value)}
              />
            )}
          </Field>
        )}
      </div>
      <div className="row">
        <button
          type="button"
          className="button small"
          onClick={() => void test()}
          disabled={checking}
          data-testid={`provider-test-${id}`}
        >
          {checking ? 'Testing…' : 'Test'}
        </button>
        {check && (
          <span
            className={check.ok ? 'ok-text' : 'error-text'}
            role="status"
            data-testid={`provider-check-${id}`}
          >
            {check.ok ? '✓ ' : '✗ '}
            {check.message}
          </span>
        )}
      </div>
      {(reads(info, 'apiKey') || saved.hasApiKey) && (
        <ApiKeyField providerId={id} hasApiKey={saved.hasApiKey} onSaved={onSettings} />
      )}
    </section>
  );
}
