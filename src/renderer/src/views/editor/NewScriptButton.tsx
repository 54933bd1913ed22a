// "New script" for a channel, and optionally a template: the editor opens on an empty script.
import { useState } from 'react';
import { BUILTIN_CHANNEL_IDS } from '#core/channels/builtin-channels.js';
import { useApi } from '../../app/api-context.js';
import { useAsync } from '../../state/use-async.js';
import { channelChoices, templateChoices } from './script-choices.js';

/** The channel's own look: the script names no template. */
const CHANNEL_LOOK = '';

export function NewScriptButton({ onCreate }: { onCreate(channel: string, template?: string): void }) {
  const api = useApi();
  // The settings' channels (custom ones from the config too) and every template, the user's as well.
  const loaded = useAsync(
    async () => ({
      channels: (await api['settings.get']({})).channels,
      templates: (await api['templates.list']({})).templates,
    }),
    'new-script-choices',
  );
  const channels = channelChoices(loaded.data?.channels ?? []);
  const templates = templateChoices(loaded.data?.templates ?? []);
  const [channel, setChannel] = useState<string>(BUILTIN_CHANNEL_IDS[0]);
  const [template, setTemplate] = useState(CHANNEL_LOOK);
  return (
    <span className="new-script">
      <select
        aria-label="Channel of the new script"
        value={channel}
        onChange={(event) => setChannel(event.target.value)}
        data-testid="new-script-channel"
      >
        {channels.map((id) => (
          <option key={id} value={id}>
            {id}
          </option>
        ))}
      </select>
      <select
        aria-label="Template of the new script"
        value={template}
        onChange={(event) => setTemplate(event.target.value)}
        data-testid="new-script-template"
      >
        <option value={CHANNEL_LOOK}>channel's look</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            template: {t.name}
            {t.builtIn ? '' : ' (yours)'}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        onClick={() => onCreate(channel, template === CHANNEL_LOOK ? undefined : template)}
        data-testid="new-script"
      >
        New script
      </button>
    </span>
  );
}
