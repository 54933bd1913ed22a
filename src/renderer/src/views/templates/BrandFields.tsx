// The rest of a template's look in the editor: the transition between scenes, the caption style,
// an optional logo in a corner of the safe zone, and the music level.
import { TRANSITION_KINDS } from '#core/channel.js';
import { LOGO_POSITIONS } from '#core/templates/template-logo.js';
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import { ChoiceSelect } from '../../components/ChoiceSelect.js';
import { FilePicker } from './FilePicker.js';
import type { useTemplateFile } from './use-template-file.js';

export function BrandFields({
  draft,
  onChange,
  addFile,
}: {
  draft: ReelforgeTemplate;
  onChange: (next: ReelforgeTemplate) => void;
  addFile: ReturnType<typeof useTemplateFile>;
}) {
  const { transition, logo, music } = draft;
  return (
    <fieldset className="template-brand">
      <legend>Motion, captions, logo and music</legend>
      <label>
        Transition
        <ChoiceSelect
          value={transition.kind}
          choices={TRANSITION_KINDS}
          onChange={(kind) => onChange({ ...draft, transition: { ...transition, kind } })}
        />
      </label>
      <label>
        Transition seconds
        <input
          type="number"
          min={0}
          max={2}
          step={0.1}
          value={transition.seconds}
          onChange={(e) =>
            onChange({
              ...draft,
              transition: { ...transition, seconds: Math.min(2, Math.max(0, Number(e.target.value) || 0)) },
            })
          }
        />
      </label>
      <label>
        Caption style
        <ChoiceSelect
          value={draft.captions.style}
          choices={['word-highlight', 'plain'] as const}
          onChange={(style) => onChange({ ...draft, captions: { style } })}
        />
      </label>
      {logo ? (
        <>
          <p className="muted" data-testid="template-logo-file">
            Logo: {logo.file}
          </p>
          <label>
            Logo position
            <ChoiceSelect
              value={logo.position}
              choices={LOGO_POSITIONS}
              onChange={(position) => onChange({ ...draft, logo: { ...logo, position } })}
            />
          </label>
          <button
            type="button"
            className="button small ghost"
            onClick={() => {
              const { logo: _dropped, ...rest } = draft;
              onChange(rest);
            }}
          >
            Remove logo
          </button>
        </>
      ) : null}
      <FilePicker
        label={logo ? 'Replace logo…' : 'Add logo…'}
        accept="image/png,image/jpeg,image/webp,image/gif"
        onPick={async (file) => {
          const added = await addFile('logo', file);
          onChange({ ...draft, logo: { file: added.file, position: logo?.position ?? 'top-right' } });
        }}
      />
      <label>
        <input
          type="checkbox"
          checked={music !== undefined}
          onChange={(e) => {
            const { music: _dropped, ...rest } = draft;
            onChange(e.target.checked ? { ...rest, music: { volume: 1 } } : rest);
          }}
        />
        Set the music level
      </label>
      {music && (
        <label>
          Music volume (0–1)
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={music.volume}
            onChange={(e) =>
              onChange({ ...draft, music: { volume: Math.min(1, Math.max(0, Number(e.target.value) || 0)) } })
            }
          />
        </label>
      )}
    </fieldset>
  );
}
