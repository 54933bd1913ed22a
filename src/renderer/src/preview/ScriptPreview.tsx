// Chooses the live preview: Remotion's own compositions when the Remotion provider is enabled
// (what you see is what it renders), the built-in timeline preview otherwise or while loading.
import { lazy, Suspense, useState } from 'react';
import type { AspectRatio, VideoTimeline } from '../../../shared/api-types.js';
import { TimelinePreview } from './TimelinePreview.js';

const RemotionPreview = lazy(() => import('./remotion/RemotionPreview.js'));

export interface ScriptPreviewProps {
  readonly timeline: VideoTimeline;
  readonly aspectRatio: AspectRatio;
  /** True when settings have the Remotion provider enabled. */
  readonly remotionEnabled: boolean;
}

/** Remotion only when its provider is enabled and the user has not asked for the quick preview. */
export function previewEngine(
  remotionEnabled: boolean,
  requested: 'remotion' | 'timeline',
): 'remotion' | 'timeline' {
  return remotionEnabled && requested === 'remotion' ? 'remotion' : 'timeline';
}

export function ScriptPreview({ timeline, aspectRatio, remotionEnabled }: ScriptPreviewProps) {
  const [engine, setEngine] = useState<'remotion' | 'timeline'>('remotion');
  const useRemotion = previewEngine(remotionEnabled, engine) === 'remotion';
  return (
    <div className="script-preview">
      {useRemotion ? (
        <Suspense fallback={<TimelinePreview timeline={timeline} aspectRatio={aspectRatio} />}>
          <RemotionPreview timeline={timeline} aspectRatio={aspectRatio} />
        </Suspense>
      ) : (
        <TimelinePreview timeline={timeline} aspectRatio={aspectRatio} />
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
