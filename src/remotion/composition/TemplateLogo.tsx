import type { ReactElement } from 'react';
import { Img } from 'remotion';
import type { PlatformId } from '#core/platform-presets.js';
import { logoRect } from '#core/render-look/logo-rect.js';
import type { StyleLogo } from '#core/templates/template-logo.js';

interface TemplateLogoProps {
  readonly logo: StyleLogo;
  /** Where the page loads the image from: the render's media server, or a preview's data URL. */
  readonly src: string;
  readonly width: number;
  readonly height: number;
  readonly platform?: PlatformId;
}

/** A template's logo in its corner of the safe zone, where the FFmpeg renderer overlays it. */
export function TemplateLogo({ logo, src, width, height, platform }: TemplateLogoProps): ReactElement {
  const rect = logoRect({ width, height }, logo, platform);
  return (
    <Img
      src={src}
      alt=""
      style={{ position: 'absolute', left: rect.x, top: rect.y, width: rect.width, height: rect.height }}
    />
  );
}
