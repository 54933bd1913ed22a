/**
 * Registers one shipped face with the page (under its own family name, see fonts.ts) and loads it,
 * once per face and URL for the page's lifetime. Browser only: uses FontFace and document.fonts.
 */
import { fontUrl, type FontFaceSpec } from './fonts.js';

// One load per face and URL for the page's lifetime: scenes and re-renders share it.
const loads = new Map<string, Promise<void>>();

export function loadFace(spec: FontFaceSpec, baseUrl: string): Promise<void> {
  const url = fontUrl(baseUrl, spec.file);
  const key = `${spec.family}\n${spec.weight}\n${url}`;
  const existing = loads.get(key);
  if (existing) return existing;
  const face = new FontFace(spec.family, `url("${url}")`, {
    weight: String(spec.weight),
    display: 'block',
    ...(spec.unicodeRange ? { unicodeRange: spec.unicodeRange } : {}),
  });
  document.fonts.add(face);
  const load = face.load().then(
    () => undefined,
    (error: unknown) => {
      loads.delete(key);
      document.fonts.delete(face);
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(`font ${spec.file} could not be loaded from ${url}: ${why}`);
    },
  );
  loads.set(key, load);
  return load;
}
