// The rest of a template's look in the editor: the transition between scenes, the caption style,
// an optional logo in a corner of the safe zone, and the music level (a music file is set in the
// template's JSON; the editor keeps it as it is).
import { TRANSITION_KINDS } from '#core/channel.js';
import { LOGO_POSITIONS } from '#core/templates/template-logo.js';
import { ChoiceField, NumberField, type TemplateFieldProps } from './fields.js';
import { FilePicker } from './FilePicker.js';

export function BrandFields({ draft, onChange, addFile }: TemplateFieldProps) {
  const { transition, logo, music } = draft;
  const { logo: _logo, music: _music, ...withoutExtras } = draft;
  // The music file stays when the level is unset; music with neither is dropped.
  const withMusic = (volume: number | undefined) => {
    const next = {
      ...(music?.file !== undefined ? { file: music.file } : {}),
      ...(volume !== undefined ? { volume } : {}),
    };
    return Object.keys(next).length > 0 ? { music: next } : {};
  };
  return (
    <fieldset className="template-brand">
      <legend>Motion, captions, logo and music</legend>
      <ChoiceField
        label="Transition"
        value={transition.kind}
        choices={TRANSITION_KINDS}
        onChange={(kind) => onChange({ ...draft, transition: { ...transition, kind } })}
      />
      <NumberField
        label="Transition seconds"
        value={transition.seconds}
        min={0}
        max={2}
        step={0.1}
        onChange={(seconds) => onChange({ ...draft, transition: { ...transition, seconds } })}
      />
      <ChoiceField
        label="Caption style"
        value={draft.captions.style}
        choices={['word-highlight', 'plain'] as const}
        onChange={(style) => onChange({ ...draft, captions: { style } })}
      />
      {logo && (
        <>
          <p className="muted" data-testid="template-logo-file">
            Logo: {logo.file}
          </p>
          <ChoiceField
            label="Logo position"
            value={logo.position}
            choices={LOGO_POSITIONS}
            onChange={(position) => onChange({ ...draft, logo: { ...logo, position } })}
          />
          <button
            type="button"
            className="button small ghost"
            onClick={() => onChange({ ...withoutExtras, ...(music ? { music } : {}) })}
          >
            Remove logo
          </button>
        </>
      )}
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
          checked={music?.volume !== undefined}
          onChange={(e) =>
            onChange({
              ...withoutExtras,
              ...(logo ? { logo } : {}),
              ...withMusic(e.target.checked ? 1 : undefined),
            })
          }
        />
        Set the music level
      </label>
      {music?.volume !== undefined && (
        <NumberField
          label="Music volume (0–1)"
          value={music.volume}
          min={0}
          max={1}
          step={0.05}
          onChange={(volume) =>
            onChange({ ...withoutExtras, ...(logo ? { logo } : {}), ...withMusic(volume) })
          }
        />
      )}
      {music?.file !== undefined && (
        <p className="muted" data-testid="template-music-file">
          Music: {music.file} (not played in the preview)
        </p>
      )}
    </fieldset>
  );
}
