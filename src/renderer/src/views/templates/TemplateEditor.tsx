// The side-by-side editor of a user template: the common fields on the left, the live preview of
// the sample script as the FFmpeg renderer draws it on the right. The draft is checked by main on
// Save (templates.save); a problem comes back naming the field. Files (background, fonts, logo)
// are picked in the page and kept next to the template by main (templates.addFile).
import { useState } from 'react';
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import { BackgroundFields } from './BackgroundFields.js';
import { BrandFields } from './BrandFields.js';
import { FontFields } from './FontFields.js';
import { PaletteFields } from './PaletteFields.js';
import { RoleLookFields } from './RoleLookFields.js';
import { draftProblem, ROLES } from './template-draft.js';
import { TemplateLivePreview } from './TemplateLivePreview.js';
import { useTemplateFile } from './use-template-file.js';

export function TemplateEditor({
  initial,
  onSave,
  onClose,
}: {
  initial: ReelforgeTemplate;
  onSave: (template: ReelforgeTemplate) => Promise<void>;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const addFile = useTemplateFile(initial.id);
  const fields = { draft, onChange: setDraft, addFile };
  const save = async () => {
    setSaving(true);
    try {
      await onSave(draft);
    } finally {
      setSaving(false);
    }
  };
  return (
    <section className="card template-editor" data-testid="template-editor" aria-label={`Edit ${initial.id}`}>
      <div className="template-editor-form">
        <label>
          Name
          <input
            value={draft.name}
            maxLength={80}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        </label>
        <PaletteFields {...fields} />
        <FontFields {...fields} />
        <BackgroundFields {...fields} />
        {ROLES.map((role) => (
          <RoleLookFields key={role} {...fields} role={role} />
        ))}
        <BrandFields {...fields} />
        <div className="row">
          <button
            type="button"
            className="button primary"
            onClick={() => void save()}
            disabled={saving || draftProblem(draft) !== undefined}
          >
            Save
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
      <TemplateLivePreview template={draft} />
    </section>
  );
}
