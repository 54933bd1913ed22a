import type { InputHTMLAttributes } from 'react';

/** A number field that hands its text to `onValue` (forms keep the text and check it on save). */
export function NumberInput({
  onValue,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> & { onValue(value: string): void }) {
  return <input {...input} type="number" onChange={(e) => onValue(e.target.value)} />;
}
