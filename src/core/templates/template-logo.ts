/** Where a template's logo sits: a corner of the platform's safe zone. */
export const LOGO_POSITIONS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;
export type LogoPosition = (typeof LOGO_POSITIONS)[number];

/**
 * A template's logo as main found it next to the template: the image file (checked: inside the
 * template's folder, an image ffprobe reads) and its size in pixels, which fixes the drawn aspect.
 */
export interface TemplateLogoImage {
  readonly path: string;
  readonly width: number;
  readonly height: number;
  /**
   * The picture as a `data:` URL, set by main on timelines it sends to the page (a page cannot
   * read files); renderers read `path`.
   */
  readonly imageUrl?: string;
}

/** The files a stored template points at, resolved and checked by the template store. */
export interface TemplateAssets {
  readonly logo?: TemplateLogoImage;
  readonly background?: TemplateBackgroundMedia;
  readonly fonts?: readonly TemplateFontFile[];
  /** The template's music file (`music.file`), checked to be inside its folder. */
  readonly music?: { readonly path: string };
}

/** A font file next to a template, registered under `family` by every renderer. */
export interface TemplateFontFile {
  readonly family: string;
  readonly path: string;
}

/** The logo on a style: the image and its corner. */
export interface StyleLogo extends TemplateLogoImage {
  readonly position: LogoPosition;
}

/** A template's picture or looping video background as main found it next to the template. */
export interface TemplateBackgroundMedia {
  readonly kind: 'image' | 'video';
  readonly path: string;
  /** The clip's length (video), for renderers that loop it themselves. */
  readonly durationSeconds?: number;
  /** The picture as a `data:` URL for the page (images only; see TemplateLogoImage). */
  readonly imageUrl?: string;
}

/** The background media on a style, with the template's blur (px of a 1080 px frame) and dim (0–1). */
export interface StyleBackgroundMedia extends TemplateBackgroundMedia {
  readonly blur: number;
  readonly dim: number;
}
