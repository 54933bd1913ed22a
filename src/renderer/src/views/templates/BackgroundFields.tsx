// The template's background in the editor: a kind, and for a picture or looping video the file
// (picked in the page, kept next to the template by main) with its blur and dim.
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import { ChoiceField, NumberField, type TemplateFieldProps } from './fields.js';
import { FilePicker } from './FilePicker.js';
import { draftProblem, withBackgroundKind } from './template-draft.js';

const KINDS = ['gradient', 'solid', 'image', 'video'] as const;

export function BackgroundFields({ draft, onChange, addFile }: TemplateFieldProps) {
  const background = draft.background;
  const media = background.kind === 'image' || background.kind === 'video';
  const set = (patch: Partial<ReelforgeTemplate['background']>) =>
    onChange({ ...draft, background: { ...background, ...patch } });
  const problem = draftProblem(draft);
  return (
    <fieldset className="template-background">
      <legend>Background</legend>
      <ChoiceField
        label="Background"
        testId="template-background-kind"
        value={background.kind}
        choices={KINDS}
        onChange={(kind) => onChange(withBackgroundKind(draft, kind))}
      />
      {media && (
        <>
          <p className="muted" data-testid="template-background-file">
            {background.file ?? 'No file chosen'}
          </p>
          <FilePicker
            label={background.kind === 'image' ? 'Choose picture…' : 'Choose video…'}
            accept={
              background.kind === 'image'
                ? 'image/png,image/jpeg,image/webp'
                : 'video/mp4,video/webm,video/quicktime'
            }
            onPick={async (file) => {
              const added = await addFile('background', file);
              set({ kind: added.kind ?? background.kind, file: added.file });
            }}
          />
          {(
            [
              ['Blur (px of a 1080 px frame)', 'blur', 40, 1],
              ['Dim (0 none – 1 black)', 'dim', 1, 0.05],
            ] as const
          ).map(([label, key, max, step]) => (
            <NumberField
              key={key}
              label={label}
              value={background[key] ?? 0}
              min={0}
              max={max}
              step={step}
              onChange={(value) => set({ [key]: value })}
            />
          ))}
        </>
      )}
      {problem && (
        <p className="field-error" data-testid="template-draft-problem">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
