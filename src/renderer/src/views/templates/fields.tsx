// The editor's two kinds of field, so each section says only what it edits: a labelled choice and
// a labelled number kept inside its bounds.
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import { ChoiceSelect, type Choice } from '../../components/ChoiceSelect.js';
import type { useTemplateFile } from './use-template-file.js';

/** What every section of the editor gets: the draft, its setter, and the file adder. */
export interface TemplateFieldProps {
  readonly draft: ReelforgeTemplate;
  readonly onChange: (next: ReelforgeTemplate) => void;
  readonly addFile: ReturnType<typeof useTemplateFile>;
}

export function ChoiceField<T extends string>({
  label,
  value,
  choices,
  onChange,
  testId,
}: {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  testId?: string;
}) {
  return (
    <label>
      {label}
      <ChoiceSelect data-testid={testId} value={value} choices={choices} onChange={onChange} />
    </label>
  );
}

/** A number between `min` and `max`; what is typed outside them (or not a number) is brought inside. */
export function NumberField({
  label,
  value,
  min,
  max,
  step,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
}) {
  return (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(e) => onChange(Math.min(max, Math.max(min, Number(e.target.value) || 0)))}
      />
    </label>
  );
}
