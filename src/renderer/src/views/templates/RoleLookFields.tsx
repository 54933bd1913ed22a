// One scene role's look in the template editor: where its text sits in the safe zone, how large,
// how heavy and aligned, how it enters and how its spoken words stand out in captions.
import { ANIMATION_STYLES } from '#core/channel.js';
import {
  TEXT_POSITIONS,
  type ReelforgeTemplate,
  type TemplateRoleLook,
} from '#core/templates/template-schema.js';
import { ChoiceField, NumberField } from './fields.js';
import { ROLE_NAMES, withRole, withSize, type Role } from './template-draft.js';

const WEIGHTS = ['400', '500', '600', '700', '800'] as const;
const ALIGNS = ['left', 'center', 'right'] as const;
const EMPHASES = ['none', 'highlight', 'underline', 'accent-colour'] as const;

export function RoleLookFields({
  draft,
  role,
  onChange,
}: {
  draft: ReelforgeTemplate;
  role: Role;
  onChange: (next: ReelforgeTemplate) => void;
}) {
  const look = draft.roles[role];
  const set = (patch: Partial<TemplateRoleLook>) => onChange(withRole(draft, role, patch));
  const size = (end: 'min' | 'max') => (
    <NumberField
      label={`${role} size (${end === 'max' ? 'largest' : 'smallest'}, × default)`}
      value={look.size[end]}
      min={0.5}
      max={3}
      step={0.1}
      onChange={(value) => onChange(withSize(draft, role, end, value))}
    />
  );
  return (
    <fieldset className="template-role" data-testid={`template-role-${role}`}>
      <legend>{ROLE_NAMES[role]}</legend>
      <ChoiceField
        label={`${role} position`}
        value={look.position}
        choices={TEXT_POSITIONS}
        onChange={(position) => set({ position })}
      />
      {size('max')}
      {size('min')}
      <ChoiceField
        label={`${role} weight`}
        testId={`template-${role}-weight`}
        value={String(look.weight) as (typeof WEIGHTS)[number]}
        choices={WEIGHTS}
        onChange={(weight) => set({ weight: Number(weight) as TemplateRoleLook['weight'] })}
      />
      <ChoiceField
        label={`${role} alignment`}
        value={look.align}
        choices={ALIGNS}
        onChange={(align) => set({ align })}
      />
      <ChoiceField
        label={`${role} entrance`}
        value={look.entrance}
        choices={ANIMATION_STYLES}
        onChange={(entrance) => set({ entrance })}
      />
      <ChoiceField
        label={`${role} caption emphasis`}
        value={look.emphasis}
        choices={EMPHASES}
        onChange={(emphasis) => set({ emphasis })}
      />
    </fieldset>
  );
}
