// "New script" for a channel: the editor opens on an empty script of that channel.
import { useState } from 'react';
import { BUILTIN_CHANNEL_IDS } from '#core/channels/builtin-channels.js';

export function NewScriptButton({ onCreate }: { onCreate(channel: string): void }) {
  const [channel, setChannel] = useState<string>(BUILTIN_CHANNEL_IDS[0]);
  return (
    <span className="new-script">
      <select
        aria-label="Channel of the new script"
        value={channel}
        onChange={(event) => setChannel(event.target.value)}
        data-testid="new-script-channel"
      >
        {BUILTIN_CHANNEL_IDS.map((id) => (
          <option key={id} value={id}>
            {id}
          </option>
        ))}
      </select>
      <button type="button" className="button" onClick={() => onCreate(channel)} data-testid="new-script">
        New script
      </button>
    </span>
  );
}
