// Templates: the gallery of built-in and user templates, duplicate / import / export, and the
// editor for user templates. Files never travel as paths: an import sends the picked file's text,
// an export comes back as text the browser saves as a download.
import { useState } from 'react';
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import { useApi } from '../../app/api-context.js';
import { ErrorBanner, Loaded, PageHeader } from '../../components/common.js';
import { useAsync } from '../../state/use-async.js';
import type { TemplateEntry } from '#shared/template-api-types.js';
import { TemplateEditor } from './TemplateEditor.js';
import { TemplatePoster } from './TemplatePoster.js';

export function TemplatesView() {
  const api = useApi();
  const state = useAsync(() => api['templates.list']({}), 'templates');
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState<ReelforgeTemplate>();
  const [importId, setImportId] = useState('');

  const attempt = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
      state.reload();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const importFile = (file: File) =>
    attempt(async () => {
      const content = await file.text();
      const id = importId.trim();
      await api['templates.import']({ name: file.name, content, ...(id ? { id } : {}) });
      setImportId('');
    });
  const exportTemplate = (id: string) =>
    attempt(async () => {
      const { fileName, content } = await api['templates.export']({ id });
      const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      URL.revokeObjectURL(url);
    });
  const duplicate = (entry: TemplateEntry) =>
    attempt(async () => {
      const taken = new Set(state.data?.templates.map((t) => t.template.id));
      let newId = `${entry.template.id}-copy`;
      for (let n = 2; taken.has(newId); n += 1) newId = `${entry.template.id}-copy-${n}`;
      const copy = await api['templates.duplicate']({ id: entry.template.id, newId });
      setEditing(copy.template);
    });

  return (
    <div className="view" data-testid="templates-view">
      <PageHeader
        title="Templates"
        subtitle="The look of a video: palette, fonts, background, text positions, transition"
        actions={
          <div className="row">
            <label>
              Import as id (optional)
              <input
                aria-label="Import as id"
                value={importId}
                placeholder="my-template"
                onChange={(e) => setImportId(e.target.value)}
              />
            </label>
            <label className="button">
              Import…
              <input
                type="file"
                accept=".json,application/json"
                aria-label="Import template file"
                hidden
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void importFile(file);
                }}
              />
            </label>
          </div>
        }
      />
      {error && (
        <div role="alert" data-testid="templates-error">
          <ErrorBanner message={error} />
        </div>
      )}
      {state.error && (
        <ErrorBanner message={`Could not list templates: ${state.error}`} onRetry={state.reload} />
      )}
      {state.data?.problems.map((problem) => (
        <ErrorBanner key={problem} message={problem} />
      ))}
      {editing && (
        <TemplateEditor
          key={editing.id}
          initial={editing}
          onClose={() => setEditing(undefined)}
          onSave={(template) => attempt(() => api['templates.save']({ template }))}
        />
      )}
      <Loaded state={state} spinner="Reading templates…">
        {(data) => (
          <ul className="template-gallery" aria-label="Templates">
            {data.templates.map((entry) => (
              <li key={entry.template.id} className="card" data-testid="template-card">
                <TemplatePoster template={entry.template} />
                <div>
                  <strong>{entry.template.name}</strong> <code>{entry.template.id}</code>
                  {entry.builtIn && <span className="muted"> · built in</span>}
                </div>
                <div className="row">
                  {!entry.builtIn && (
                    <button type="button" className="button" onClick={() => setEditing(entry.template)}>
                      Edit
                    </button>
                  )}
                  <button type="button" className="button" onClick={() => void duplicate(entry)}>
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void exportTemplate(entry.template.id)}
                  >
                    Export
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </div>
  );
}
