// The template's fonts in the editor: heading and body from the shipped faces or the template's
// own font files, which are added by picking a .ttf/.otf (kept next to the template by main).
import { useState } from 'react';
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import { ChoiceSelect } from '../../components/ChoiceSelect.js';
import { FilePicker } from './FilePicker.js';
import { fontFamiliesOf, withFontFile, withoutFontFile } from './template-draft.js';
import type { useTemplateFile } from './use-template-file.js';

export function FontFields({
  draft,
  onChange,
  addFile,
}: {
  draft: ReelforgeTemplate;
  onChange: (next: ReelforgeTemplate) => void;
  addFile: ReturnType<typeof useTemplateFile>;
}) {
  const [family, setFamily] = useState('');
  const families = fontFamiliesOf(draft);
  const fonts = draft.fonts;
  return (
    <fieldset className="template-fonts">
      <legend>Fonts</legend>
      <label>
        Heading font
        <ChoiceSelect
          data-testid="template-heading-font"
          value={fonts.heading}
          choices={families}
          onChange={(heading) => onChange({ ...draft, fonts: { ...fonts, heading } })}
        />
      </label>
      <label>
        Body font
        <ChoiceSelect
          value={fonts.body}
          choices={families}
          onChange={(body) => onChange({ ...draft, fonts: { ...fonts, body } })}
        />
      </label>
      <ul className="template-font-files">
        {fonts.files?.map((font) => (
          <li key={font.family}>
            <strong>{font.family}</strong> <span className="muted">{font.file}</span>{' '}
            <button
              type="button"
              className="button small ghost"
              onClick={() => onChange(withoutFontFile(draft, font.family))}
            >
              Remove {font.family}
            </button>
          </li>
        ))}
      </ul>
      <label>
        New font's name
        <input
          value={family}
          maxLength={80}
          placeholder="e.g. Poster Face"
          onChange={(e) => setFamily(e.target.value)}
        />
      </label>
      {(fonts.files?.length ?? 0) < 8 && (
        <FilePicker
          label="Add font file…"
          accept=".ttf,.otf,font/ttf,font/otf"
          onPick={async (file) => {
            const name = family.trim() || file.name.replace(/\.(ttf|otf)$/i, '');
            const added = await addFile('font', file);
            onChange(withFontFile(draft, name, added.file));
            setFamily('');
          }}
        />
      )}
    </fieldset>
  );
}
