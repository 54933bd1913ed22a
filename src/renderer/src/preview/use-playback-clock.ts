import { useCallback, useEffect, useRef, useState } from 'react';

export interface PlaybackClock {
  readonly time: number;
  readonly playing: boolean;
  play(): void;
  pause(): void;
  toggle(): void;
  seek(seconds: number): void;
}

/**
 * Real-time playback with requestAnimationFrame: time advances by the wall clock between frames
 * (so a slow frame skips ahead rather than slowing the video down) and loops at the end.
 */
export function usePlaybackClock(
  durationSeconds: number,
  options: { autoPlay?: boolean; initialTime?: number; loop?: boolean } = {},
): PlaybackClock {
  const { autoPlay = true, initialTime = 0, loop = true } = options;
  const [time, setTime] = useState(initialTime);
  const [playing, setPlaying] = useState(autoPlay);
  const timeRef = useRef(initialTime);

  useEffect(() => {
    if (!playing || durationSeconds <= 0) return;
    let frame = 0;
    let last: number | undefined;
    const tick = (now: number) => {
      if (last !== undefined) {
        let next = timeRef.current + Math.min(0.25, (now - last) / 1000);
        if (next >= durationSeconds) {
          if (loop) next %= durationSeconds;
          else {
            next = durationSeconds;
            setPlaying(false);
          }
        }
        timeRef.current = next;
        setTime(next);
      }
      last = now;
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, durationSeconds, loop]);

  const seek = useCallback(
    (seconds: number) => {
      const clamped = Math.max(0, Math.min(durationSeconds, seconds));
      timeRef.current = clamped;
      setTime(clamped);
    },
    [durationSeconds],
  );
  const play = useCallback(() => {
    if (timeRef.current >= durationSeconds) seek(0);
    setPlaying(true);
  }, [durationSeconds, seek]);
  const pause = useCallback(() => setPlaying(false), []);
  const toggle = useCallback(() => (playing ? pause() : play()), [playing, pause, play]);

  return { time, playing, play, pause, toggle, seek };
}
