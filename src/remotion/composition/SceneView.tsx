import { useMemo, type CSSProperties, type ReactElement } from 'react';
import { AbsoluteFill, interpolate, spring, useCurrentFrame } from 'remotion';
import type { ChannelStyle } from '#core/channel.js';
import type { PlatformId } from '#core/platform-presets.js';
import type { VideoScene } from '#core/timeline/video-timeline.js';
import { splitCaptionWords, timeCaptionWords } from '../captions.js';
import { fitCompositionText } from '../scene-layout.js';
import {
  entranceFor,
  flexAlignFor,
  textAlignFor,
  textWeightFor,
  type TextAlign,
} from '#core/templates/text-position.js';
import { fontStackFor } from '../fonts.js';
import { Background, withAlpha } from './Background.js';
import { TemplateBackground } from './TemplateBackground.js';
import { CaptionText, type CaptionColours } from './CaptionText.js';
import { blockEntrance, ENTRANCE_FRAMES } from './motion.js';

interface SceneViewProps {
  readonly scene: VideoScene;
  readonly style: ChannelStyle;
  readonly width: number;
  readonly height: number;
  /** Whose safe zone the text keeps to (the same rectangle the FFmpeg render uses). */
  readonly platform?: PlatformId;
  readonly fps: number;
  /** The scene's own frames (its sequence may run longer, into the next transition). */
  readonly sceneFrames: number;
  /** Where the scene starts on the whole video, for background motion that never jumps. */
  readonly fromFrame: number;
  /** URL of the template's background picture or video (style.backgroundMedia), when it has one. */
  readonly backgroundUrl?: string;
}

/** One scene: background, then the hook, a numbered point or the call to action. */
export function SceneView({
  scene,
  style,
  width,
  height,
  platform,
  fps,
  sceneFrames,
  fromFrame,
  backgroundUrl,
}: SceneViewProps): ReactElement {
  const frame = useCurrentFrame();
  const words = useMemo(
    () =>
      timeCaptionWords(splitCaptionWords(scene.text), {
        leadInFrames: Math.round(ENTRANCE_FRAMES / 2),
        sceneFrames,
      }),
    [scene.text, sceneFrames],
  );
  const { palette } = style;
  const colours: CaptionColours = {
    text: palette.text,
    highlight: palette.primary,
    highlightText: palette.textShadow,
    shadow: withAlpha(palette.textShadow, 0.85),
  };
  const isCta = scene.role === 'cta';
  // The role's own entrance (the template's); the moving background keeps the video's one motion.
  const entrance = entranceFor(style, scene.role);
  const roleLayout = style.layout?.[scene.role];
  const align = textAlignFor(roleLayout);
  // Sized by the same code as the built-in preview, with each word padded as CaptionText draws it.
  const fitted = fitCompositionText(
    words.map((w) => w.text),
    scene.role,
    { width, height, platform },
    style.layout?.[scene.role],
  );
  const { safe, unit, badgeSize: badge, ctaPadding } = fitted;
  const caption = (
    <CaptionText
      words={words}
      frame={frame}
      fps={fps}
      animation={entrance}
      unit={unit}
      fontFamily={fontStackFor(scene.role === 'hook' ? style.fonts.heading : style.fonts.body)}
      fontSize={fitted.fontSize}
      fontWeight={textWeightFor(roleLayout)}
      textAlign={align}
      lineHeight={fitted.lineHeight}
      colours={colours}
      lightSpokenWord={style.captionStyle !== 'plain'}
    />
  );
  const area: CSSProperties = {
    left: safe.x,
    top: safe.y,
    width: safe.width,
    height: safe.height,
    alignItems: 'center',
    justifyContent: flexAlignFor(style.layout?.[scene.role].position),
    gap: 40 * unit,
  };
  return (
    <AbsoluteFill>
      {style.backgroundMedia && backgroundUrl ? (
        <TemplateBackground
          media={style.backgroundMedia}
          src={backgroundUrl}
          width={width}
          height={height}
          fps={fps}
        />
      ) : (
        <Background
          colours={palette.background}
          accent={palette.accent}
          animation={style.animation}
          frame={fromFrame + frame}
          fps={fps}
          sceneIndex={scene.index}
        />
      )}
      <AbsoluteFill style={area}>
        <div style={{ ...blockEntrance({ animation: entrance, frame, fps, unit }), width: '100%' }}>
          {scene.role === 'point' && scene.pointNumber !== undefined ? (
            <PointBadge
              number={scene.pointNumber}
              size={badge}
              frame={frame}
              fps={fps}
              style={style}
              align={align}
            />
          ) : null}
          {isCta ? (
            <CallToAction frame={frame} fps={fps} padding={ctaPadding} unit={unit} style={style}>
              {caption}
            </CallToAction>
          ) : (
            caption
          )}
        </div>
      </AbsoluteFill>
    </AbsoluteFill>
  );
}

interface PointBadgeProps {
  readonly number: number;
  readonly size: number;
  readonly frame: number;
  readonly fps: number;
  readonly style: ChannelStyle;
  readonly align: TextAlign;
}

function PointBadge({ number, size, frame, fps, style, align }: PointBadgeProps): ReactElement {
  // Auto margins put the badge where the text is aligned, as the FFmpeg layout does.
  const [left, right] =
    align === 'left' ? ['0', 'auto'] : align === 'right' ? ['auto', '0'] : ['auto', 'auto'];
  const p = spring({ frame, fps, config: { damping: 12 } });
  return (
    <div
      style={{
        width: size,
        height: size,
        margin: `0 ${right} ${size * 0.3}px ${left}`,
        borderRadius: '50%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        backgroundColor: style.palette.accent,
        color: style.palette.textShadow,
        fontFamily: fontStackFor(style.fonts.heading),
        fontWeight: 700,
        fontSize: size * 0.55,
        transform: `scale(${p}) rotate(${(1 - p) * -90}deg)`,
      }}
    >
      {number}
    </div>
  );
}

interface CallToActionProps {
  readonly frame: number;
  readonly fps: number;
  readonly padding: number;
  readonly unit: number;
  readonly style: ChannelStyle;
  readonly children: ReactElement;
}

/** The call to action in a card that springs up, then breathes, with a ring pulsing out of it. */
function CallToAction({ frame, fps, padding, unit, style, children }: CallToActionProps): ReactElement {
  const arrive = spring({ frame: frame - 4, fps, config: { damping: 11, stiffness: 120 } });
  const breathe = 1 + Math.sin((frame / fps) * Math.PI * 2 * 0.8) * 0.025 * Math.min(1, frame / 30);
  const pulse = (frame / fps) % 1.25;
  return (
    <div
      style={{
        position: 'relative',
        transform: `translateY(${(1 - arrive) * 220 * unit}px) scale(${arrive * breathe})`,
      }}
    >
      <div
        style={{
          position: 'absolute',
          inset: 0,
          borderRadius: 48 * unit,
          border: `${6 * unit}px solid ${style.palette.accent}`,
          opacity: interpolate(pulse, [0, 1.25], [0.8, 0]),
          transform: `scale(${interpolate(pulse, [0, 1.25], [1, 1.25])})`,
        }}
      />
      <div
        style={{
          padding,
          borderRadius: 48 * unit,
          backgroundColor: withAlpha(style.palette.textShadow, 0.55),
          border: `${6 * unit}px solid ${style.palette.accent}`,
        }}
      >
        {children}
      </div>
    </div>
  );
}
