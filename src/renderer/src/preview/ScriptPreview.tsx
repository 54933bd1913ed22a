// Chooses the live preview that matches the render: the provider the render will use decides
// (FFmpeg's own drawing for FFmpeg and cloud providers, Remotion's compositions for Remotion),
// with the quick CSS timeline as an opt-in alternative. The label names the provider it matches
// and says what differs when a provider cannot be previewed exactly.
import { useMemo, useState } from 'react';
import { estimatedNarration } from '#core/narration/estimated-words.js';
import type { PlatformId } from '#core/platform-presets.js';
import type { AspectRatio, VideoTimeline } from '#shared/api-types.js';
import { FfmpegPreview } from './ffmpeg-look/FfmpegPreview.js';
import { previewAspectRatio } from './platform-frame.js';
import { PlatformOverlay } from './PlatformOverlay.js';
import {
  NARRATION_DIFFERS,
  VIDEO_BACKGROUND_DIFFERS,
  NARRATION_ESTIMATED,
  NARRATION_SPOKEN,
  previewMatchFor,
  remotionStandInNote,
  scriptIsNarrated,
} from './preview-match.js';
import { TimelinePreview } from './TimelinePreview.js';
import { useRemotionPreview } from './use-remotion-preview.js';

export interface ScriptPreviewProps {
  readonly timeline: VideoTimeline;
  readonly aspectRatio: AspectRatio;
  /** True when settings have the Remotion provider enabled. */
  readonly remotionEnabled: boolean;
  /** The platform the script will be rendered for: its safe rectangle, and its UI as a guide. */
  readonly platform?: PlatformId;
  /** The provider the render will use ("auto" or left out: `defaultProvider`, then FFmpeg). */
  readonly provider?: string;
  /** The settings' default provider, which "auto" uses. */
  readonly defaultProvider?: string;
  /** True when the render will be narrated (timed to speech, captions burned in). */
  readonly narrated?: boolean;
  /** The voice that will narrate (the script's, else the settings' default): captions are previewed. */
  readonly voice?: string;
  /** False when the script turned burned-in captions off (`"captions": false`). */
  readonly captions?: boolean;
}

export function ScriptPreview({
  timeline,
  aspectRatio: chosenAspectRatio,
  remotionEnabled,
  platform = 'generic',
  provider,
  defaultProvider,
  narrated: narratedByProp = false,
  voice,
  captions = true,
}: ScriptPreviewProps) {
  const spoken = scriptIsNarrated(voice);
  const narrated = narratedByProp || spoken;
  // No speech is synthesized in the page: word times are estimated from the text, and the phrases
  // and highlight come from the renderers' own caption code.
  const previewed = useMemo(
    () =>
      spoken && voice !== undefined && timeline.narration === undefined
        ? { ...timeline, narration: estimatedNarration(timeline, voice, captions) }
        : timeline,
    [timeline, spoken, voice, captions],
  );
  // Spoken: the timeline came with the render's word times; estimated: guessed here from the text.
  const narrationTiming = !narrated
    ? 'none'
    : previewed !== timeline
      ? 'estimated'
      : timeline.narration
        ? 'spoken'
        : 'reading-pace';
  const [quick, setQuick] = useState(false);
  const [showOverlay, setShowOverlay] = useState(true);
  const match = previewMatchFor(provider, defaultProvider);
  // Remotion's code only runs when its provider is enabled (it is never chosen otherwise).
  const engine = quick
    ? 'timeline'
    : match.engine === 'remotion' && !remotionEnabled
      ? 'ffmpeg'
      : match.engine;
  // Until its code has loaded, the Remotion preview's place is held by the FFmpeg look.
  const remotion = useRemotionPreview(engine === 'remotion');
  const RemotionPreview = remotion.component;
  const aspectRatio = previewAspectRatio(chosenAspectRatio, platform);
  const overlay = showOverlay ? <PlatformOverlay platform={platform} /> : undefined;
  const timelinePreview = (
    <TimelinePreview timeline={timeline} aspectRatio={aspectRatio} platform={platform} overlay={overlay} />
  );
  const ffmpegPreview = (
    <FfmpegPreview timeline={previewed} aspectRatio={aspectRatio} platform={platform} overlay={overlay} />
  );
  return (
    <div
      className="script-preview"
      data-preview-engine={engine}
      data-narration-voice={voice ?? ''}
      data-narration-timing={narrationTiming}
    >
      {engine === 'remotion' && RemotionPreview ? (
        <RemotionPreview
          timeline={previewed}
          aspectRatio={aspectRatio}
          platform={platform}
          overlay={overlay}
        />
      ) : engine !== 'timeline' ? (
        ffmpegPreview
      ) : (
        timelinePreview
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
      <div className="segmented-buttons preview-engine" role="radiogroup" aria-label="Preview engine">
        {(
          [
            [false, match.label],
            [true, 'Quick preview'],
          ] as const
        ).map(([isQuick, label]) => (
          <button
            key={label}
            type="button"
            role="radio"
            aria-checked={quick === isQuick}
            className="button small ghost"
            onClick={() => setQuick(isQuick)}
          >
            {label}
          </button>
        ))}
      </div>
      {!quick &&
        match.engine === 'remotion' &&
        !(engine === 'remotion' && RemotionPreview) &&
        !remotion.error && (
          <p className="muted preview-differs" data-testid="preview-standin">
            {remotionStandInNote(remotionEnabled)}
          </p>
        )}
      {remotion.error && (
        <p className="muted preview-differs" data-testid="remotion-preview-error">
          The Remotion preview could not load ({remotion.error}); this is how FFmpeg renders it.
        </p>
      )}
      {narrated && (
        <p className="muted preview-differs" data-testid="preview-narration-differs">
          {narrationTiming === 'reading-pace'
            ? NARRATION_DIFFERS
            : `${narrationTiming === 'spoken' ? NARRATION_SPOKEN : NARRATION_ESTIMATED}${captions ? '' : ' Burned-in captions are off for this script.'}`}
        </p>
      )}
      {!quick && match.engine === 'ffmpeg' && timeline.style.backgroundMedia?.kind === 'video' && (
        <p className="muted preview-differs" data-testid="preview-video-differs">
          {VIDEO_BACKGROUND_DIFFERS}
        </p>
      )}
      {quick ? (
        <p className="muted preview-differs" data-testid="preview-differs">
          The quick preview is an approximation: it does not match any renderer exactly.
        </p>
      ) : (
        match.differs && (
          <p className="muted preview-differs" data-testid="preview-differs">
            {match.differs}
          </p>
        )
      )}
    </div>
  );
}
