// Chooses the live preview: Remotion's own compositions when the Remotion provider is enabled
// (what you see is what it renders), the built-in timeline preview otherwise or while loading.
import { lazy, Suspense, useState } from 'react';
import type { PlatformId } from '#core/platform-presets.js';
import type { AspectRatio, VideoTimeline } from '../../../shared/api-types.js';
import { previewAspectRatio } from './platform-frame.js';
import { PlatformOverlay } from './PlatformOverlay.js';
import { TimelinePreview } from './TimelinePreview.js';

const RemotionPreview = lazy(() => import('./remotion/RemotionPreview.js'));

export interface ScriptPreviewProps {
  readonly timeline: VideoTimeline;
  readonly aspectRatio: AspectRatio;
  /** True when settings have the Remotion provider enabled. */
  readonly remotionEnabled: boolean;
  /** The platform the script will be rendered for: its safe rectangle, and its UI as a guide. */
  readonly platform?: PlatformId;
}

/** Remotion only when its provider is enabled and the user has not asked for the quick preview. */
export function previewEngine(
  remotionEnabled: boolean,
  requested: 'remotion' | 'timeline',
): 'remotion' | 'timeline' {
  return remotionEnabled && requested === 'remotion' ? 'remotion' : 'timeline';
}

export function ScriptPreview({
  timeline,
  aspectRatio: chosenAspectRatio,
  remotionEnabled,
  platform = 'generic',
}: ScriptPreviewProps) {
  const [engine, setEngine] = useState<'remotion' | 'timeline'>('remotion');
  const [showOverlay, setShowOverlay] = useState(true);
  const useRemotion = previewEngine(remotionEnabled, engine) === 'remotion';
  const aspectRatio = previewAspectRatio(chosenAspectRatio, platform);
  const overlay = showOverlay ? <PlatformOverlay platform={platform} /> : undefined;
  const quick = (
    <TimelinePreview timeline={timeline} aspectRatio={aspectRatio} platform={platform} overlay={overlay} />
  );
  return (
    <div className="script-preview">
      {useRemotion ? (
        <Suspense fallback={quick}>
          <RemotionPreview
            timeline={timeline}
            aspectRatio={aspectRatio}
            platform={platform}
            overlay={overlay}
          />
        </Suspense>
      ) : (
        quick
      )}
      {platform !== 'generic' && (
        <label className="preview-overlay-toggle">
          <input
            type="checkbox"
            checked={showOverlay}
            onChange={(event) => setShowOverlay(event.target.checked)}
            data-testid="preview-overlay-toggle"
          />
          Show the platform's buttons and caption
        </label>
      )}
      {remotionEnabled && (
        <div className="segmented-buttons preview-engine" role="radiogroup" aria-label="Preview engine">
          {(
            [
              ['remotion', 'Remotion (as rendered)'],
              ['timeline', 'Quick preview'],
            ] as const
          ).map(([value, label]) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={engine === value}
              className="button small ghost"
              onClick={() => setEngine(value)}
            >
              {label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
