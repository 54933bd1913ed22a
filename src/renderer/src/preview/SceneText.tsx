import type { CSSProperties } from 'react';
import type { ChannelStyle } from '#core/channel.js';
import type { PlatformId } from '#core/platform-presets.js';
import {
  flexJustifyFor,
  textAlignFor,
  textWeightFor,
  textWeightsUsed,
} from '#core/templates/text-position.js';
import type { VideoScene } from '#core/timeline/video-timeline.js';
import type { AspectRatio } from '#shared/api-types.js';
import { fontStackFor } from '#remotion/fonts.js';
import { fitFontSize, LINE_HEIGHT } from './fit-text.js';
import { usePreviewFonts } from './use-preview-fonts.js';
import { entranceStyle } from './timeline-math.js';
import { entranceFor } from '#core/templates/text-position.js';

export interface SceneTextProps {
  readonly scene: VideoScene;
  readonly style: ChannelStyle;
  readonly localSeconds: number;
  readonly aspectRatio: AspectRatio;
  readonly platform?: PlatformId;
}

/** The render's font stack: the channel font, then the shipped faces for every script and emoji. */
const family = (name: string) => fontStackFor(name);

/** One scene's text as the renderers lay it out: hook big and centred, numbered points, CTA pill. */
export function SceneText({ scene, style, localSeconds, aspectRatio, platform }: SceneTextProps) {
  const { palette, fonts } = style;
  usePreviewFonts(scene.text, textWeightsUsed(style.layout));
  // The template's weight and alignment for this role, as both renderers draw them.
  const roleLayout = style.layout?.[scene.role];
  const align = textAlignFor(roleLayout);
  const fontWeight = textWeightFor(roleLayout);
  const entrance = entranceStyle(entranceFor(style, scene.role), localSeconds);
  const size = `${fitFontSize(scene.text, scene.role, aspectRatio, platform, style.layout?.[scene.role]).toFixed(2)}cqmin`;
  const shadow = `0 0.4cqmin 1.4cqmin ${palette.textShadow}`;
  const text: CSSProperties = {
    color: palette.text,
    textShadow: shadow,
    fontSize: size,
    fontWeight,
    textAlign: align,
    lineHeight: LINE_HEIGHT,
  };

  if (scene.role === 'hook') {
    return (
      <div className="scene-hook-block" style={{ ...entrance, alignItems: flexJustifyFor(align) }}>
        <p className="scene-hook" style={{ ...text, fontFamily: family(fonts.heading) }}>
          {scene.text}
        </p>
        <span className="scene-hook-bar" style={{ background: palette.primary }} aria-hidden="true" />
      </div>
    );
  }
  if (scene.role === 'cta') {
    return (
      <p
        className="scene-cta"
        style={{
          ...entrance,
          fontFamily: family(fonts.heading),
          fontSize: size,
          fontWeight,
          textAlign: align,
          lineHeight: LINE_HEIGHT,
          background: palette.primary,
          color: palette.textShadow,
          boxShadow: `0 0 0 0.6cqmin ${palette.accent}`,
        }}
      >
        {scene.text}
      </p>
    );
  }
  return (
    <div className="scene-point" style={{ ...entrance, alignItems: flexJustifyFor(align), textAlign: align }}>
      <span
        className="scene-point-number"
        style={{ background: palette.accent, color: palette.textShadow, fontFamily: family(fonts.heading) }}
      >
        {scene.pointNumber ?? scene.index}
      </span>
      <p className="scene-point-text" style={{ ...text, fontFamily: family(fonts.body) }}>
        {scene.text}
      </p>
    </div>
  );
}
