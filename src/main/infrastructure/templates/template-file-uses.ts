// What a file added to a user template is for, and the file types each use takes. Shared by the
// store (which checks and keeps the file) and the desktop's file dialog (which offers them).
import { extname } from 'node:path';

export const TEMPLATE_FILE_USES = ['background', 'logo', 'font'] as const;
export type TemplateFileUse = (typeof TEMPLATE_FILE_USES)[number];

const PICTURES = ['png', 'jpg', 'jpeg', 'webp'];
const VIDEOS = ['mp4', 'm4v', 'webm', 'mov'];

/** The extensions (without dot) each use takes. */
export const TEMPLATE_FILE_EXTENSIONS: Readonly<Record<TemplateFileUse, readonly string[]>> = {
  background: [...PICTURES, ...VIDEOS],
  logo: [...PICTURES, 'gif'],
  font: ['ttf', 'otf'],
};

/** A background file's kind by its extension. */
export function backgroundKindOf(name: string): 'image' | 'video' {
  return VIDEOS.includes(extname(name).slice(1).toLowerCase()) ? 'video' : 'image';
}

/**
 * The name a file is kept under next to a template: its base name only (whatever folders the
 * name came with), letters, digits, dots, dashes and underscores, never starting with a dot.
 * Undefined when nothing usable is left or the extension does not suit `use`.
 */
export function templateFileName(name: string, use: TemplateFileUse): string | undefined {
  const base = name.split(/[\\/]/).pop() ?? '';
  const safe = base
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(-100);
  const extension = extname(safe).slice(1).toLowerCase();
  if (safe === '' || safe.startsWith('.') || !TEMPLATE_FILE_EXTENSIONS[use].includes(extension))
    return undefined;
  return safe;
}
