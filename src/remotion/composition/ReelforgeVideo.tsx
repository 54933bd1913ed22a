import { Fragment, useMemo, type ReactElement } from 'react';
import { AbsoluteFill } from 'remotion';
import { textWeightsUsed } from '#core/templates/text-position.js';
import { emphasisOfScene } from '#core/templates/caption-emphasis.js';
import { linearTiming, TransitionSeries } from '@remotion/transitions';
import type { ReelforgeVideoProps } from '../props.js';
import { metadataFromProps } from '../props.js';
import { planSequences } from '../sequence-plan.js';
import { posterFrameFor } from '../poster.js';
import { AudioLayer } from './AudioLayer.js';
import { NarrationCaptions } from './NarrationCaptions.js';
import { speechSpans } from '../music-ducking.js';
import { PosterArtifact } from './PosterArtifact.js';
import { SceneView } from './SceneView.js';
import { TemplateLogo } from './TemplateLogo.js';
import { presentationFor, transitionEasing } from './transitions.js';
import { useFonts } from './use-fonts.js';
import { useTemplateFonts } from './use-template-fonts.js';

/**
 * The Reelforge video: the timeline's scenes in a TransitionSeries, with the channel's look,
 * captions and audio. Browser-only code (no Node APIs), so the renderer's bundle and the desktop
 * preview's `<Player>` both use it. Pass `fontBaseUrl` for the shipped fonts.
 */
export function ReelforgeVideo(props: ReelforgeVideoProps): ReactElement {
  const { timeline, width, height, media } = props;
  const { fps, style } = timeline;
  const plan = useMemo(() => planSequences(timeline.scenes, fps), [timeline.scenes, fps]);
  const allText = useMemo(
    () =>
      [
        ...timeline.scenes.map((s) => s.text),
        ...timeline.scenes.map((s) => String(s.pointNumber ?? '')),
      ].join('\n'),
    [timeline.scenes],
  );
  useFonts(props.fontBaseUrl, allText, textWeightsUsed(style.layout));
  useTemplateFonts(media.fontUrls ?? []);
  const totalFrames = metadataFromProps(props).durationInFrames;
  const speech = useMemo(
    () => (timeline.narration ? speechSpans(timeline.narration.words) : undefined),
    [timeline.narration],
  );
  return (
    <AbsoluteFill style={{ backgroundColor: style.palette.background[0] }}>
      <TransitionSeries>
        {plan.map((sequence) => {
          const scene = timeline.scenes.find((s) => s.index === sequence.sceneIndex)!;
          return (
            <Fragment key={sequence.sceneIndex}>
              <TransitionSeries.Sequence
                durationInFrames={sequence.durationInFrames}
                name={`${scene.role} ${scene.index}`}
              >
                <SceneView
                  scene={scene}
                  style={style}
                  width={width}
                  height={height}
                  platform={props.platform}
                  fps={fps}
                  sceneFrames={sequence.sceneFrames}
                  fromFrame={sequence.fromFrame}
                  backgroundUrl={media.backgroundUrl ?? style.backgroundMedia?.imageUrl}
                />
              </TransitionSeries.Sequence>
              {sequence.transitionOut ? (
                <TransitionSeries.Transition
                  presentation={presentationFor(sequence.transitionOut.kind)}
                  timing={linearTiming({
                    durationInFrames: sequence.transitionOut.frames,
                    easing: transitionEasing,
                  })}
                />
              ) : null}
            </Fragment>
          );
        })}
      </TransitionSeries>
      {timeline.narration?.burnInCaptions ? (
        <NarrationCaptions
          narration={timeline.narration}
          accent={style.palette.accent}
          width={width}
          height={height}
          fps={fps}
          platform={props.platform}
          emphasisOf={(sceneIndex) => emphasisOfScene(style, timeline.scenes, sceneIndex)}
        />
      ) : null}
      {style.logo && (media.logoUrl ?? style.logo.imageUrl) ? (
        <TemplateLogo
          logo={style.logo}
          src={(media.logoUrl ?? style.logo.imageUrl)!}
          width={width}
          height={height}
          platform={props.platform}
        />
      ) : null}
      <AudioLayer
        media={media}
        plan={plan}
        totalFrames={totalFrames}
        fps={fps}
        speech={speech}
        musicVolume={style.musicVolume}
      />
      <PosterArtifact frame={posterFrameFor(props)} />
    </AbsoluteFill>
  );
}
