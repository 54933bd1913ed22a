import type { ReactElement } from 'react';
import { AbsoluteFill, Easing, interpolate } from 'remotion';
import type { TransitionPresentation, TransitionPresentationComponentProps } from '@remotion/transitions';
import { fade } from '@remotion/transitions/fade';
import { slide } from '@remotion/transitions/slide';
import { wipe } from '@remotion/transitions/wipe';
import type { PlannedTransition } from '../sequence-plan.js';

type ZoomProps = Record<string, unknown>;

/**
 * The incoming scene grows in from 125 % while fading in; the outgoing one shrinks and fades.
 * A plain CSS presentation: the library's zoom presentations need html-in-canvas.
 */
function ZoomPresentation({
  children,
  presentationDirection,
  presentationProgress,
}: TransitionPresentationComponentProps<ZoomProps>): ReactElement {
  const entering = presentationDirection === 'entering';
  const scale = entering
    ? interpolate(presentationProgress, [0, 1], [1.25, 1])
    : interpolate(presentationProgress, [0, 1], [1, 0.85]);
  const opacity = entering ? presentationProgress : 1 - presentationProgress;
  return <AbsoluteFill style={{ transform: `scale(${scale})`, opacity }}>{children}</AbsoluteFill>;
}

export function zoom(): TransitionPresentation<ZoomProps> {
  return { component: ZoomPresentation, props: {} };
}

/** The presentation of a channel transition kind. */
export function presentationFor(
  kind: PlannedTransition['kind'],
): TransitionPresentation<Record<string, unknown>> {
  switch (kind) {
    case 'crossfade':
      return fade() as TransitionPresentation<Record<string, unknown>>;
    case 'slide-up':
      return slide({ direction: 'from-bottom' }) as TransitionPresentation<Record<string, unknown>>;
    case 'slide-left':
      // The new scene pushes the old one out to the left, so it comes in from the right.
      return slide({ direction: 'from-right' }) as TransitionPresentation<Record<string, unknown>>;
    case 'wipe':
      return wipe({ direction: 'from-left' }) as TransitionPresentation<Record<string, unknown>>;
    case 'zoom':
      return zoom() as TransitionPresentation<Record<string, unknown>>;
  }
}

/** Eased in and out, so scene changes start and land softly. */
export const transitionEasing = Easing.inOut(Easing.cubic);
