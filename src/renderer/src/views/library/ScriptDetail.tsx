// One script: its preview (playing at once), render controls, the parsed text, scenes and style.
import { useLayoutEffect, useRef, useState } from 'react';
import type { PlatformId } from '#core/platform-presets.js';
import type { AspectRatio, LibraryEntry } from '#shared/api-types.js';
import { ChannelChip, StatusBadge } from '../../components/common.js';
import { useApi } from '../../app/api-context.js';
import { useNarratedTimeline } from '../../preview/use-narrated-timeline.js';
import { useNarrationVoice } from '../../preview/use-narration-voice.js';
import { ScriptPreview } from '../../preview/ScriptPreview.js';
import { useAsync } from '../../state/use-async.js';
import { ChannelStylePanel } from './ChannelStylePanel.js';
import { IssueList } from './IssueList.js';
import { RenderForm } from './RenderForm.js';
import { ScenesTable } from './ScenesTable.js';

export function ScriptDetail({
  entry,
  onBack,
  onEdit,
}: {
  entry: LibraryEntry;
  onBack(): void;
  onEdit?(): void;
}) {
  const [aspectRatio, setAspectRatio] = useState<AspectRatio>('9:16');
  const api = useApi();
  const settings = useAsync(() => api['settings.get']({}), 'preview-settings');
  const remotionEnabled = settings.data?.providers['remotion']?.enabled ?? false;
  const voice = useNarrationVoice(entry.script?.voice, entry.script?.channel);
  // A narrated script's scenes last as long as their speech: the preview and the Scenes table
  // show the timeline the render will have, once main has spoken it.
  const narrated = useNarratedTimeline(entry.id, entry.updatedAt, voice);
  const { script } = entry;
  const timeline = narrated ?? entry.timeline;
  // The render's precedence: the form's pick, the script's "platform", the settings' default.
  const [pickedPlatform, setPickedPlatform] = useState<PlatformId | undefined>();
  // The preview matches the provider the render form will use.
  const [provider, setProvider] = useState<string | undefined>();
  const platform = pickedPlatform ?? script?.platform ?? settings.data?.global.defaultPlatform ?? 'generic';
  // Opened from a scrolled list, the scroll position would hide the preview: start at the top.
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const scroller = root.current?.closest<HTMLElement>('.content');
    if (scroller) scroller.scrollTop = 0;
  }, [entry.id]);
  return (
    <div className="detail" data-testid="script-detail" ref={root}>
      <div className="detail-bar">
        <button type="button" className="button ghost" onClick={onBack}>
          ← Library
        </button>
        <h1 className="detail-title">{entry.topic ?? entry.name}</h1>
        <StatusBadge status={entry.status} />
        {entry.channel && (
          <ChannelChip
            channel={entry.channel}
            colour={entry.channelDefinition?.style.palette.primary}
            name={entry.channelDefinition?.name}
          />
        )}
        <span className="muted">{entry.name}</span>
        {onEdit && (
          <button type="button" className="button" onClick={onEdit} data-testid="edit-script">
            Edit
          </button>
        )}
      </div>
      {entry.issues.length > 0 && (
        <section className="panel" aria-label="Problems">
          <h2>Problems</h2>
          <IssueList issues={entry.issues} />
        </section>
      )}
      {timeline && script ? (
        <div className="detail-grid">
          <div className="detail-preview">
            <ScriptPreview
              timeline={timeline}
              aspectRatio={aspectRatio}
              remotionEnabled={remotionEnabled}
              platform={platform}
              provider={provider}
              defaultProvider={settings.data?.global.defaultProvider}
              voice={voice}
              captions={script.captions !== false}
            />
            <section className="panel" aria-label="Render">
              <h2>Render</h2>
              <RenderForm
                libraryIds={[entry.id]}
                onAspectRatioChange={setAspectRatio}
                onPlatformChange={setPickedPlatform}
                onProviderChange={setProvider}
                scriptPlatform={script.platform}
              />
            </section>
          </div>
          <div className="detail-info">
            <section className="panel" aria-label="Script">
              <h2>Script</h2>
              <dl className="script-text">
                <dt>Hook</dt>
                <dd className="hook-text">{script.hook}</dd>
                <dt>Main points</dt>
                <dd>
                  <ol>
                    {script.mainPoints.map((point, i) => (
                      <li key={i}>{point}</li>
                    ))}
                  </ol>
                </dd>
                <dt>Call to action</dt>
                <dd>{script.callToAction}</dd>
              </dl>
            </section>
            <section className="panel" aria-label="Timeline">
              <h2>Scenes</h2>
              <ScenesTable timeline={timeline} />
            </section>
            <ChannelStylePanel
              style={timeline.style}
              name={entry.channelDefinition?.name ?? timeline.channel}
              {...(entry.script?.template !== undefined ? { template: entry.script.template } : {})}
            />
          </div>
        </div>
      ) : (
        <p className="muted">
          This script cannot be previewed or rendered until the problems above are fixed.
        </p>
      )}
    </div>
  );
}
