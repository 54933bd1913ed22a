// A provider's API key, write-only: typed, sent once with `settings.setApiKey` (main keeps it
// encrypted), then cleared; only whether a key is stored ever comes back. Shared by the video
// providers' cards and the cloud voices in the Narration panel.
import { useState } from 'react';
import type { SettingsView } from '#shared/api-types.js';
import { errorMessage } from '../../api/error-message.js';
import { useApi } from '../../app/api-context.js';
import { Field } from './Field.js';

export interface ApiKeyFieldProps {
  readonly providerId: string;
  readonly hasApiKey: boolean;
  onSaved(view: SettingsView): void;
}

export function ApiKeyField({ providerId, hasApiKey, onSaved }: ApiKeyFieldProps) {
  const api = useApi();
  const [apiKey, setApiKey] = useState('');
  const [keyError, setKeyError] = useState<string | undefined>();
  const [savingKey, setSavingKey] = useState(false);

  const saveKey = async () => {
    setSavingKey(true);
    setKeyError(undefined);
    try {
      onSaved(await api['settings.setApiKey']({ providerId, apiKey }));
      setApiKey('');
    } catch (error) {
      setKeyError(errorMessage(error));
    } finally {
      setSavingKey(false);
    }
  };

  return (
    <div className="api-key">
      <Field
        id={`apikey-${providerId}`}
        label="API key"
        error={keyError}
        hint={
          hasApiKey
            ? 'Key saved — enter a new one to replace it.'
            : 'Saved by Reelforge and never shown again.'
        }
      >
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="off"
            value={apiKey}
            placeholder={hasApiKey ? '••••••••' : ''}
            onChange={(e) => setApiKey(e.target.value)}
          />
        )}
      </Field>
      <div className="row">
        <button
          type="button"
          className="button small"
          disabled={savingKey || apiKey.length === 0}
          onClick={() => void saveKey()}
          data-testid={`apikey-save-${providerId}`}
        >
          Save key
        </button>
        {hasApiKey && (
          <span className="ok-text" data-testid={`apikey-saved-${providerId}`}>
            key saved
          </span>
        )}
      </div>
    </div>
  );
}
