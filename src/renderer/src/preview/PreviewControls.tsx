import { formatClock } from '../state/format.js';
import type { PlaybackClock } from './use-playback-clock.js';

/** Play/pause, the scrubber and the time under a preview (the same for every preview look). */
export function PreviewControls({
  clock,
  durationSeconds,
}: {
  clock: PlaybackClock;
  durationSeconds: number;
}) {
  return (
    <div className="preview-controls">
      <button
        type="button"
        className="icon-button play-button"
        onClick={clock.toggle}
        aria-label={clock.playing ? 'Pause preview' : 'Play preview'}
        data-testid="preview-play"
      >
        {clock.playing ? '❚❚' : '▶'}
      </button>
      <input
        type="range"
        className="scrubber"
        min={0}
        max={durationSeconds}
        step={0.01}
        value={clock.time}
        aria-label="Seek preview"
        aria-valuetext={`${formatClock(clock.time)} of ${formatClock(durationSeconds)}`}
        onChange={(event) => clock.seek(Number(event.target.value))}
        data-testid="preview-scrubber"
      />
      <span className="preview-time" data-testid="preview-time">
        {formatClock(clock.time)} / {formatClock(durationSeconds)}
      </span>
    </div>
  );
}
