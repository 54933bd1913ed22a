// Pure edits of the editor's draft template, so the form's rules are tested without a DOM: every
// change keeps the draft one main would accept, except a picture or video background waiting for
// its file, which `draftProblem` names (Save stays off until it is fixed).
import type { ReelforgeTemplate, TemplateRoleLook } from '#core/templates/template-schema.js';
import { FONT_FACES } from '#remotion/fonts.js';

export const ROLES = ['hook', 'point', 'cta'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  hook: 'Hook',
  point: 'Points',
  cta: 'Call to action',
};

/**
 * The families a template may name: the shipped faces, then the template's own font files, then
 * whatever heading and body name now (a family typed in the file still shows as what it is).
 */
export function fontFamiliesOf(template: ReelforgeTemplate): string[] {
  const shipped = FONT_FACES.map((f) => f.shippedFamily);
  const own = template.fonts.files?.map((f) => f.family) ?? [];
  return [...new Set([...shipped, ...own, template.fonts.heading, template.fonts.body])];
}

export function withRole(
  draft: ReelforgeTemplate,
  role: Role,
  patch: Partial<TemplateRoleLook>,
): ReelforgeTemplate {
  return { ...draft, roles: { ...draft.roles, [role]: { ...draft.roles[role], ...patch } } };
}

/** A new size range; the other end follows so the smallest never exceeds the largest. */
export function withSize(
  draft: ReelforgeTemplate,
  role: Role,
  end: 'min' | 'max',
  value: number,
): ReelforgeTemplate {
  if (!Number.isFinite(value)) return draft;
  const clamped = Math.min(3, Math.max(0.5, value));
  const size = draft.roles[role].size;
  const next =
    end === 'max'
      ? { min: Math.min(size.min, clamped), max: clamped }
      : { min: clamped, max: Math.max(size.max, clamped) };
  return withRole(draft, role, { size: next });
}

/** A background kind; gradient and solid drop the file, blur and dim (they take none). */
export function withBackgroundKind(
  draft: ReelforgeTemplate,
  kind: ReelforgeTemplate['background']['kind'],
): ReelforgeTemplate {
  if (kind === 'gradient' || kind === 'solid') return { ...draft, background: { kind } };
  const { file, blur, dim } = draft.background;
  return {
    ...draft,
    background: { kind, ...(file ? { file } : {}), ...(blur ? { blur } : {}), ...(dim ? { dim } : {}) },
  };
}

/** What keeps the draft from being saved, in words for the form; undefined when it can be. */
export function draftProblem(draft: ReelforgeTemplate): string | undefined {
  const { kind, file } = draft.background;
  if ((kind === 'image' || kind === 'video') && !file) {
    return `Choose the ${kind === 'image' ? 'picture' : 'video'} for the background, or pick another kind.`;
  }
  return undefined;
}

/** Adds (or replaces, by family) a font file the store kept for the template. */
export function withFontFile(draft: ReelforgeTemplate, family: string, file: string): ReelforgeTemplate {
  const others = (draft.fonts.files ?? []).filter((f) => f.family !== family);
  return { ...draft, fonts: { ...draft.fonts, files: [...others, { family, file }] } };
}

/** Removes a font file; heading and body that named it fall back to the first shipped family. */
export function withoutFontFile(draft: ReelforgeTemplate, family: string): ReelforgeTemplate {
  const files = (draft.fonts.files ?? []).filter((f) => f.family !== family);
  const fallback = FONT_FACES[0]!.shippedFamily;
  const pick = (name: string) => (name === family ? fallback : name);
  const { files: _dropped, ...fonts } = draft.fonts;
  return {
    ...draft,
    fonts: {
      ...fonts,
      heading: pick(fonts.heading),
      body: pick(fonts.body),
      ...(files.length ? { files } : {}),
    },
  };
}
