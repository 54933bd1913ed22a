// The side-by-side editor's form for a user template's common fields. The draft is checked by
// main on Save (templates.save); a problem comes back naming the field.
import { useState } from 'react';
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import { TEXT_POSITIONS } from '#core/templates/template-schema.js';
import { TRANSITION_KINDS } from '#core/channel.js';
import { TemplateLivePreview } from './TemplateLivePreview.js';

const ROLES = ['hook', 'point', 'cta'] as const;

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
  const palette = (patch: Partial<ReelforgeTemplate['palette']>) =>
    setDraft((d) => ({ ...d, palette: { ...d.palette, ...patch } }));
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
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        {draft.palette.background.map((colour, index) => (
          <label key={index}>
            Background colour {index + 1}
            <input
              type="color"
              value={colour}
              onChange={(e) =>
                palette({
                  background: draft.palette.background.map((c, i) => (i === index ? e.target.value : c)),
                })
              }
            />
          </label>
        ))}
        <label>
          Text colour
          <input
            type="color"
            value={draft.palette.text}
            onChange={(e) => palette({ text: e.target.value })}
          />
        </label>
        <label>
          Accent colour
          <input
            type="color"
            value={draft.palette.accent}
            onChange={(e) => palette({ accent: e.target.value })}
          />
        </label>
        <label>
          Heading font
          <input
            value={draft.fonts.heading}
            onChange={(e) => setDraft({ ...draft, fonts: { ...draft.fonts, heading: e.target.value } })}
          />
        </label>
        <label>
          Body font
          <input
            value={draft.fonts.body}
            onChange={(e) => setDraft({ ...draft, fonts: { ...draft.fonts, body: e.target.value } })}
          />
        </label>
        <label>
          Background
          <select
            value={draft.background.kind}
            onChange={(e) =>
              setDraft({ ...draft, background: { kind: e.target.value as 'gradient' | 'solid' } })
            }
          >
            <option value="gradient">gradient</option>
            <option value="solid">solid</option>
          </select>
        </label>
        {ROLES.map((role) => (
          <label key={role}>
            {role} position
            <select
              value={draft.roles[role].position}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  roles: {
                    ...draft.roles,
                    [role]: {
                      ...draft.roles[role],
                      position: e.target.value as (typeof TEXT_POSITIONS)[number],
                    },
                  },
                })
              }
            >
              {TEXT_POSITIONS.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
        ))}
        {ROLES.map((role) => (
          <label key={`${role}-size`}>
            {role} size (largest, × default)
            <input
              type="number"
              min={0.5}
              max={3}
              step={0.1}
              value={draft.roles[role].size.max}
              onChange={(e) => {
                const max = Number(e.target.value);
                const size = { min: Math.min(draft.roles[role].size.min, max), max };
                setDraft({ ...draft, roles: { ...draft.roles, [role]: { ...draft.roles[role], size } } });
              }}
            />
          </label>
        ))}
        <label>
          Transition
          <select
            value={draft.transition.kind}
            onChange={(e) =>
              setDraft({
                ...draft,
                transition: {
                  ...draft.transition,
                  kind: e.target.value as (typeof TRANSITION_KINDS)[number],
                },
              })
            }
          >
            {TRANSITION_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <div className="row">
          <button type="button" className="button primary" onClick={() => void save()} disabled={saving}>
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
