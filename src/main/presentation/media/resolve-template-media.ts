import { realpath, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { TEMPLATE_ID_PATTERN } from '#core/templates/template-schema.js';
import type { TemplateAssets } from '#core/templates/template-logo.js';
import type { TemplateMediaAsset } from '#shared/loopback-protocol.js';
import type { ResolvedMedia } from './media-types.js';

/** The one thing template media needs: the files a stored template points at, as the store checked them. */
export interface TemplateMediaLookup {
  assetsOf(templateId: string): TemplateAssets;
}

// Per use, the only file types ever served: a template whose background names a .txt (or a font
// entry naming a picture) is refused even though the file sits in the template's folder.
const TYPES: Readonly<Record<'background' | 'logo' | 'font', Readonly<Record<string, string>>>> = {
  background: {
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.webp': 'image/webp',
    '.mp4': 'video/mp4',
    '.m4v': 'video/mp4',
    '.webm': 'video/webm',
    '.mov': 'video/quicktime',
  },
  logo: {
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.webp': 'image/webp',
    '.gif': 'image/gif',
  },
  font: { '.ttf': 'font/ttf', '.otf': 'font/otf' },
};

/** Parses the asset segment of a template media URL; undefined for anything but the known names. */
export function parseTemplateMediaAsset(raw: string): TemplateMediaAsset | undefined {
  if (raw === 'background' || raw === 'logo') return raw;
  const font = /^font-([0-7])$/.exec(raw);
  return font ? `font-${Number(font[1])}` : undefined;
}

function decodedTemplateId(rawSegment: string): string | undefined {
  try {
    const id = decodeURIComponent(rawSegment);
    return TEMPLATE_ID_PATTERN.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

function assetPath(assets: TemplateAssets, asset: TemplateMediaAsset): string | undefined {
  if (asset === 'background') return assets.background?.path;
  if (asset === 'logo') return assets.logo?.path;
  return assets.fonts?.[Number(asset.slice('font-'.length))]?.path;
}

/**
 * Resolves a template media URL to the file the template store resolved for that use, refusing
 * everything else. The page names a template id and a use, never a path:
 *
 * 1. the id is a template id (lower-case letters, digits, dashes) and the use a known one;
 * 2. the store's own check of that template's files passes (each named file is inside the
 *    template's folder, links included, and decodes as what it is for) — built-ins have none;
 * 3. the extension is one served for that use (pictures and videos, pictures, font files);
 * 4. the real path is a regular file.
 *
 * Undefined for every refusal: callers answer 404 without saying which rule failed.
 */
export async function resolveTemplateMedia(
  templates: TemplateMediaLookup,
  rawTemplateId: string,
  rawAsset: string,
): Promise<ResolvedMedia | undefined> {
  const id = decodedTemplateId(rawTemplateId);
  const asset = parseTemplateMediaAsset(rawAsset);
  if (!id || !asset) return undefined;
  let assets: TemplateAssets;
  try {
    assets = templates.assetsOf(id);
  } catch {
    // A template whose files fail the store's checks serves none of them.
    return undefined;
  }
  const path = assetPath(assets, asset);
  if (!path) return undefined;
  const table = TYPES[asset.startsWith('font-') ? 'font' : (asset as 'background' | 'logo')];
  const real = await realpath(path).catch(() => undefined);
  if (!real) return undefined;
  const mimeType = table[extname(real).toLowerCase()];
  if (!mimeType || table[extname(path).toLowerCase()] !== mimeType) return undefined;
  const info = await stat(real).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  return { path: real, mimeType, size: info.size, dev: info.dev, ino: info.ino };
}
