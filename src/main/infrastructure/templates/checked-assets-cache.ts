import { statSync } from 'node:fs';
import type { TemplateAssets } from '#core/templates/template-logo.js';

/** What a file looked like when its check passed: a replaced or edited file looks different. */
function fingerprint(path: string): string | undefined {
  try {
    const info = statSync(path);
    return `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}`;
  } catch {
    return undefined;
  }
}

function pathsOf(assets: TemplateAssets): string[] {
  return [
    ...(assets.logo ? [assets.logo.path] : []),
    ...(assets.background ? [assets.background.path] : []),
    ...(assets.fonts?.map((font) => font.path) ?? []),
    ...(assets.music ? [assets.music.path] : []),
  ];
}

/**
 * A template's checked files, checked again only when the template file or one of its files
 * changed. Checking runs ffprobe on pictures and videos (tens of milliseconds, blocking), and the
 * preview asks for a template's video once per range request while it seeks.
 */
export class CheckedAssetsCache {
  readonly #entries = new Map<string, { readonly key: string; readonly assets: TemplateAssets }>();

  constructor(
    private readonly check: (templateId: string) => TemplateAssets,
    private readonly templateFile: (templateId: string) => string,
  ) {}

  assetsOf(templateId: string): TemplateAssets {
    const cached = this.#entries.get(templateId);
    if (cached && cached.key === this.#key(templateId, cached.assets)) return cached.assets;
    this.#entries.delete(templateId);
    // A failed check throws and is not kept: the next ask checks again.
    const assets = this.check(templateId);
    this.#entries.set(templateId, { key: this.#key(templateId, assets), assets });
    return assets;
  }

  #key(templateId: string, assets: TemplateAssets): string {
    return [this.templateFile(templateId), ...pathsOf(assets)].map((p) => `${p}=${fingerprint(p)}`).join('|');
  }
}
