import type { ReactElement } from 'react';
import { Html5Audio, interpolate, Sequence } from 'remotion';
import type { ReelforgeVideoProps } from '../props.js';
import type { PlannedSequence } from '../sequence-plan.js';
import { musicGainAt, type SpeechSpan } from '../music-ducking.js';

interface AudioLayerProps {
  readonly media: ReelforgeVideoProps['media'];
  readonly plan: readonly PlannedSequence[];
  readonly totalFrames: number;
  readonly fps: number;
  /** Where the narration speaks; the music is ducked there. Undefined: not narrated. */
  readonly speech?: readonly SpeechSpan[];
  /** A template's music level: a factor on the level below (undefined: 1). */
  readonly musicVolume?: number;
}

/**
 * Music under the whole video, and each scene's voice-over at its start. A narrated video ducks the
 * music under each stretch of speech; recorded voice-overs without narration lower it throughout.
 */
export function AudioLayer({
  media,
  plan,
  totalFrames,
  fps,
  speech,
  musicVolume = 1,
}: AudioLayerProps): ReactElement {
  const base = (speech === undefined && media.voiceOvers.length > 0 ? 0.15 : 0.35) * musicVolume;
  const duck = (frame: number): number => (speech === undefined ? 1 : musicGainAt(frame / fps, speech));
  const fadeIn = Math.max(1, Math.round(fps * 0.5));
  const fadeOut = Math.max(1, Math.min(Math.round(fps), Math.floor(totalFrames / 2)));
  return (
    <>
      {media.musicUrl !== undefined ? (
        <Html5Audio
          src={media.musicUrl}
          loop
          volume={(f) =>
            base *
            duck(f) *
            interpolate(f, [0, fadeIn, totalFrames - fadeOut, totalFrames], [0, 1, 1, 0], {
              extrapolateLeft: 'clamp',
              extrapolateRight: 'clamp',
            })
          }
        />
      ) : null}
      {media.voiceOvers.map(({ sceneIndex, url }) => {
        const sequence = plan.find((s) => s.sceneIndex === sceneIndex);
        if (!sequence) return null;
        return (
          <Sequence
            key={sceneIndex}
            from={sequence.fromFrame}
            durationInFrames={sequence.sceneFrames}
            name={`voice-over ${sceneIndex}`}
          >
            <Html5Audio src={url} />
          </Sequence>
        );
      })}
    </>
  );
}
