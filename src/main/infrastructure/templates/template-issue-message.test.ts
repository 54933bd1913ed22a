import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '#core/templates/builtin-templates.js';
import { templateSchema } from '#core/templates/template-schema.js';
import { templateIssueMessage } from './template-issue-message.js';

const FIRE = BUILTIN_TEMPLATES.find((t) => t.id === 'fire')!;

/** Marks the key `problems` takes away. */
const REMOVE = Symbol('remove');

/** `field: message` for every problem of the fire template with `path` (dotted) set or removed. */
function problems(path: string, value: unknown): string[] {
  const template = structuredClone(FIRE) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((at, key) => at[key] as Record<string, unknown>, template);
  if (value === REMOVE) delete parent[keys.at(-1)!];
  else parent[keys.at(-1)!] = value;
  const result = templateSchema.safeParse(template);
  if (result.success) throw new Error('expected the template to be refused');
  return result.error.issues.map(
    (issue) => `${issue.path.join('.')}: ${templateIssueMessage(issue, template)}`,
  );
}

describe('templateIssueMessage', () => {
  it('says how to add a missing key, as script errors do', () => {
    expect(problems('name', REMOVE)).toEqual(['name: missing; add "name": "…"']);
    expect(problems('roles.hook.align', REMOVE)).toEqual([
      'roles.hook.align: missing; add "align": one of "left", "center", "right"',
    ]);
    expect(problems('roles.cta', REMOVE)).toEqual([
      'roles.cta: missing; add "cta": {…} (see `reelforge templates show fire`)',
    ]);
  });

  it('lists the values a literal union or an enum allows, after the value given', () => {
    expect(problems('roles.hook.weight', 650)).toEqual([
      'roles.hook.weight: 650 is not allowed; use one of 400, 500, 600, 700, 800',
    ]);
    expect(problems('roles.hook.position', 'middle')).toEqual([
      'roles.hook.position: "middle" is not allowed; use one of "top", "center", "bottom"',
    ]);
    expect(problems('schema', 2)).toEqual(['schema: 2 is not allowed; use 1']);
  });

  it('names the type expected and the one given', () => {
    expect(problems('version', 1.5)).toEqual(['version: expected a whole number, got 1.5']);
    expect(problems('roles.point.size.min', 'big')).toEqual([
      'roles.point.size.min: expected a number, got a string',
    ]);
  });

  it('states ranges and lengths in words', () => {
    expect(problems('transition.seconds', 9)).toEqual(['transition.seconds: 9 is too big; use at most 2']);
    expect(problems('palette.background', [])).toEqual(['palette.background: no items; give at least 1']);
    expect(problems('name', '')).toEqual(['name: empty; write some text']);
  });

  it('lists the keys an object takes for an unknown one', () => {
    expect(problems('roles.hook.colour', 'red')).toEqual([
      'roles.hook: unknown key; expected one of position, size, weight, align, entrance, emphasis',
    ]);
  });

  it("keeps the schema's own wording where it has one", () => {
    expect(problems('palette.text', 'white')).toEqual(['palette.text: a colour as #rrggbb']);
  });
});
