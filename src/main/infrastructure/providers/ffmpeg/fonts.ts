import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlobalFonts } from '@napi-rs/canvas';
import { BUNDLED_FONTS } from '#core/render-look/font-shorthand.js';

export { BUNDLED_FONTS, FALLBACK_FAMILIES, fontShorthand } from '#core/render-look/font-shorthand.js';

const MARKER = BUNDLED_FONTS[0]!.file;

/**
 * Where the bundled fonts are: `options.fontsDir`, then REELFORGE_FONTS_DIR, then Electron's
 * resources folder, then the nearest `resources/fonts` above this module (source tree and
 * bundled `out/`), then the working directory.
 */
export function findFontsDir(
  configured: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const candidates: string[] = [];
  if (configured) candidates.push(resolve(configured));
  if (env.REELFORGE_FONTS_DIR) candidates.push(resolve(env.REELFORGE_FONTS_DIR));
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(join(resourcesPath, 'fonts'), join(resourcesPath, 'resources', 'fonts'));
  for (let dir = moduleDir(); dir !== dirname(dir); dir = dirname(dir))
    candidates.push(join(dir, 'resources', 'fonts'));
  candidates.push(join(process.cwd(), 'resources', 'fonts'));
  const found = candidates.find((dir) => existsSync(join(dir, MARKER)));
  if (!found) {
    const where = configured ? `providers.ffmpeg.options.fontsDir "${configured}"` : 'resources/fonts';
    throw new Error(
      `bundled fonts not found (looked for ${MARKER} in ${where}); set providers.ffmpeg.options.fontsDir`,
    );
  }
  return found;
}

function moduleDir(): string {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return process.cwd();
  }
}

const registered = new Set<string>();

/**
 * Registers the bundled fonts (under fixed family names) and any other font files in the folder
 * (under their own names) with canvas, once per folder per process.
 */
export function registerFonts(fontsDir: string): void {
  if (registered.has(fontsDir)) return;
  const known = new Set(BUNDLED_FONTS.map((f) => f.file));
  for (const font of BUNDLED_FONTS) {
    const path = join(fontsDir, font.file);
    if (existsSync(path)) GlobalFonts.registerFromPath(path, font.family);
  }
  for (const file of readdirSync(fontsDir)) {
    if (known.has(file) || !['.ttf', '.otf', '.ttc'].includes(extname(file).toLowerCase())) continue;
    GlobalFonts.registerFromPath(join(fontsDir, file));
  }
  registered.add(fontsDir);
}

const registeredFiles = new Set<string>();

/**
 * Registers a template's own font files (checked by the template store), each under a name of its
 * own (canvas' font registry lives as long as the process: under the template's family name, a
 * later render naming that family without the file would still get it). Returns the name to draw
 * a family with: the file's, or the family itself when the template has no file for it.
 */
export function registerTemplateFonts(
  files: readonly { readonly family: string; readonly path: string }[],
): (family: string) => string {
  const names = new Map<string, string>();
  for (const { family, path } of files) {
    const name = `Reelforge Template ${createHash('sha256').update(path).digest('hex').slice(0, 16)}`;
    if (!registeredFiles.has(name)) {
      GlobalFonts.registerFromPath(path, name);
      registeredFiles.add(name);
    }
    names.set(family, name);
  }
  return (family) => names.get(family) ?? family;
}
