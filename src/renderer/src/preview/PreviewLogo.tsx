// A template's logo over a preview, where both renderers draw it: the core's logo rectangle in
// the 1080 px reference frame, in percent so it scales with the preview. The picture is the data
// URL main put on the timeline (the page reads no files) or, for a logo too large to travel that
// way, the media server's copy named by the template's id.
import type { PlatformId } from '#core/platform-presets.js';
import { logoRect } from '#core/render-look/logo-rect.js';
import type { StyleLogo } from '#core/templates/template-logo.js';
import { frameSizeFor } from '#core/video-quality.js';
import type { AspectRatio } from '#shared/api-types.js';
import { useOptionalApi } from '../app/api-context.js';

export interface PreviewLogoProps {
  /** The timeline's style: its logo, and the template it belongs to (for the media server's copy). */
  readonly style: { readonly logo?: StyleLogo; readonly templateId?: string };
  readonly aspectRatio: AspectRatio;
  readonly platform: PlatformId;
}

export function PreviewLogo({ style: { logo, templateId }, aspectRatio, platform }: PreviewLogoProps) {
  const urlOf = useOptionalApi()?.templateMediaUrl;
  const src = logo?.imageUrl ?? (templateId && urlOf ? urlOf(templateId, 'logo') : undefined);
  if (!logo || !src) return null;
  const frame = frameSizeFor('standard', aspectRatio);
  const rect = logoRect(frame, logo, platform);
  const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(3)}%`;
  return (
    <img
      className="preview-logo"
      data-testid="preview-logo"
      src={src}
      alt=""
      style={{
        position: 'absolute',
        left: pct(rect.x, frame.width),
        top: pct(rect.y, frame.height),
        width: pct(rect.width, frame.width),
        height: pct(rect.height, frame.height),
        pointerEvents: 'none',
      }}
    />
  );
}
