// The template's fonts in the editor: heading and body from the shipped faces or the template's
// own font files, which are added by picking a .ttf/.otf (kept next to the template by main).
import { useState } from 'react';
import { ChoiceField, type TemplateFieldProps } from './fields.js';
import { FilePicker } from './FilePicker.js';
import { fontFamiliesOf, withFontFile, withoutFontFile } from './template-draft.js';

export function FontFields({ draft, onChange, addFile }: TemplateFieldProps) {
  const [family, setFamily] = useState('');
  const families = fontFamiliesOf(draft);
  const fonts = draft.fonts;
  return (
    <fieldset className="template-fonts">
      <legend>Fonts</legend>
      {(['heading', 'body'] as const).map((use) => (
        <ChoiceField
          key={use}
          label={use === 'heading' ? 'Heading font' : 'Body font'}
          testId={`template-${use}-font`}
          value={fonts[use]}
          choices={families}
          onChange={(name) => onChange({ ...draft, fonts: { ...fonts, [use]: name } })}
        />
      ))}
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
