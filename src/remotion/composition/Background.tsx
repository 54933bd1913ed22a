import type { CSSProperties, ReactElement } from 'react';
import { AbsoluteFill, interpolate } from 'remotion';
import type { AnimationStyle } from '#core/channel.js';

interface BackgroundProps {
  readonly colours: readonly string[];
  readonly accent: string;
  readonly animation: AnimationStyle;
  /** Frame on the whole video, so motion continues across scenes. */
  readonly frame: number;
  readonly fps: number;
  /** Each scene starts the gradient at another angle, so transitions between scenes show. */
  readonly sceneIndex: number;
}

/**
 * The channel's animated gradient plus a decoration matching its animation style. Only gradients
 * and transforms: CSS blur is slow in headless Chromium's software compositor.
 */
export function Background({
  colours,
  accent,
  animation,
  frame,
  fps,
  sceneIndex,
}: BackgroundProps): ReactElement {
  const seconds = frame / fps;
  const angle = 160 + sceneIndex * 55 + seconds * 12;
  const stops = colours.length === 1 ? [colours[0]!, colours[0]!] : colours;
  // A gradient twice the frame size, panned slowly, reads as colour drifting through the frame.
  const pan = 50 + Math.sin(seconds * 0.6 + sceneIndex) * 50;
  const gradient: CSSProperties = {
    backgroundImage: `linear-gradient(${angle}deg, ${stops.join(', ')})`,
    backgroundSize: '200% 200%',
    backgroundPosition: `${pan}% ${100 - pan}%`,
  };
  return (
    <AbsoluteFill style={gradient}>
      <Decoration animation={animation} accent={accent} seconds={seconds} sceneIndex={sceneIndex} />
    </AbsoluteFill>
  );
}

interface DecorationProps {
  readonly animation: AnimationStyle;
  readonly accent: string;
  readonly seconds: number;
  readonly sceneIndex: number;
}

function Decoration({ animation, accent, seconds, sceneIndex }: DecorationProps): ReactElement {
  const glow = (x: number, y: number, size: number, alpha: number): CSSProperties => ({
    position: 'absolute',
    left: `${x}%`,
    top: `${y}%`,
    width: `${size}%`,
    aspectRatio: '1',
    transform: 'translate(-50%, -50%)',
    borderRadius: '50%',
    background: `radial-gradient(circle, ${withAlpha(accent, alpha)} 0%, ${withAlpha(accent, 0)} 70%)`,
  });
  switch (animation) {
    case 'float':
      // Soft lights drifting like clouds.
      return (
        <AbsoluteFill>
          {[0, 1, 2].map((i) => (
            <div
              key={i}
              style={glow(
                20 + i * 30 + Math.sin(seconds * 0.4 + i * 2 + sceneIndex) * 12,
                25 + i * 22 + Math.cos(seconds * 0.3 + i) * 8,
                90,
                0.22,
              )}
            />
          ))}
        </AbsoluteFill>
      );
    case 'ripple': {
      // Rings spreading from the centre, one every 1.5 s.
      const rings = [0, 1, 2].map((i) => ((seconds + i * 1.5) % 4.5) / 4.5);
      return (
        <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center' }}>
          {rings.map((t, i) => (
            <div
              key={i}
              style={{
                position: 'absolute',
                width: `${20 + t * 160}%`,
                aspectRatio: '1',
                borderRadius: '50%',
                border: `0.6vmin solid ${withAlpha(accent, interpolate(t, [0, 1], [0.45, 0]))}`,
              }}
            />
          ))}
        </AbsoluteFill>
      );
    }
    case 'rise':
      // Warm light rising from the ground.
      return (
        <AbsoluteFill>
          <div style={glow(50, 110 - ((seconds * 6) % 30), 160, 0.28)} />
          <AbsoluteFill
            style={{
              background: `linear-gradient(0deg, ${withAlpha(accent, 0.25)} 0%, ${withAlpha(accent, 0)} 45%)`,
            }}
          />
        </AbsoluteFill>
      );
    case 'burst':
      // Rays turning behind the text.
      return (
        <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center', overflow: 'hidden' }}>
          <div
            style={{
              position: 'absolute',
              width: '250%',
              aspectRatio: '1',
              transform: `rotate(${seconds * 10}deg)`,
              background: `repeating-conic-gradient(${withAlpha(accent, 0.16)} 0deg 8deg, ${withAlpha(accent, 0)} 8deg 24deg)`,
            }}
          />
          <div style={glow(50, 45, 120, 0.3)} />
        </AbsoluteFill>
      );
  }
}

/** #rrggbb plus an alpha as rgba(). */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${Math.max(0, Math.min(1, alpha))})`;
}
