// The template's background in the editor: a kind, and for a picture or looping video the file
// (picked in the page, kept next to the template by main) with its blur and dim.
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import { ChoiceSelect } from '../../components/ChoiceSelect.js';
import { FilePicker } from './FilePicker.js';
import { draftProblem, withBackgroundKind } from './template-draft.js';
import type { useTemplateFile } from './use-template-file.js';

const KINDS = ['gradient', 'solid', 'image', 'video'] as const;

export function BackgroundFields({
  draft,
  onChange,
  addFile,
}: {
  draft: ReelforgeTemplate;
  onChange: (next: ReelforgeTemplate) => void;
  addFile: ReturnType<typeof useTemplateFile>;
}) {
  const background = draft.background;
  const media = background.kind === 'image' || background.kind === 'video';
  const set = (patch: Partial<ReelforgeTemplate['background']>) =>
    onChange({ ...draft, background: { ...background, ...patch } });
  const problem = draftProblem(draft);
  return (
    <fieldset className="template-background">
      <legend>Background</legend>
      <label>
        Background
        <ChoiceSelect
          data-testid="template-background-kind"
          value={background.kind}
          choices={KINDS}
          onChange={(kind) => onChange(withBackgroundKind(draft, kind))}
        />
      </label>
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
          <label>
            Blur (px of a 1080 px frame)
            <input
              type="number"
              min={0}
              max={40}
              step={1}
              value={background.blur ?? 0}
              onChange={(e) => set({ blur: Math.min(40, Math.max(0, Number(e.target.value) || 0)) })}
            />
          </label>
          <label>
            Dim (0 none – 1 black)
            <input
              type="number"
              min={0}
              max={1}
              step={0.05}
              value={background.dim ?? 0}
              onChange={(e) => set({ dim: Math.min(1, Math.max(0, Number(e.target.value) || 0)) })}
            />
          </label>
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
