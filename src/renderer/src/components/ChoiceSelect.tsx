import type { SelectHTMLAttributes } from 'react';

/** One entry of a `ChoiceSelect`: a bare value is its own label. */
export type Choice<T extends string> = T | { readonly value: T; readonly label: string };

export interface ChoiceSelectProps<T extends string> extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange'
> {
  readonly value: T;
  readonly choices: readonly Choice<T>[];
  onChange(value: T): void;
}

/**
 * A `<select>` over a list of values, each option labelled by its value or its own label. The
 * remaining props (aria-label, id, data-testid…) go to the `<select>`. The choices are the only
 * values it can report, hence the cast from the DOM's string.
 */
export function ChoiceSelect<T extends string>({ value, choices, onChange, ...rest }: ChoiceSelectProps<T>) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {choices.map((choice) => {
        const { value: v, label } = typeof choice === 'string' ? { value: choice, label: choice } : choice;
        return (
          <option key={v} value={v}>
            {label}
          </option>
        );
      })}
    </select>
  );
}
