// The in-app script editor (issue #18 item 3): a form and the raw text of one script, checked as
// you type by the import's own validation, with the live preview following the edit, undo/redo,
// and save back to the file it came from (or into the library, and a download, in a browser).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { LibraryEntry } from '#shared/api-types.js';
import { errorMessage } from '../../api/error-message.js';
import { useApi } from '../../app/api-context.js';
import { ErrorBanner } from '../../components/common.js';
import { useToast } from '../../components/toasts.js';
import { useNarrationVoice } from '../../preview/use-narration-voice.js';
import { ScriptPreview } from '../../preview/ScriptPreview.js';
import { useAsync } from '../../state/use-async.js';
import { useLibrary } from '../../state/library-store.js';
import { IssueList } from '../library/IssueList.js';
import { recordEdit, redo, startHistory, undo, type EditHistory } from './edit-history.js';
import { firstProblem, formFromJson, issueTarget, readJsonObject, writeForm } from './script-form.js';
import { channelChoices } from './script-choices.js';
import { ScriptFormFields } from './ScriptFormFields.js';
import { useScriptCheck } from './use-script-check.js';

export interface ScriptEditorProps {
  /** The library script being edited; absent for a new script. */
  readonly entryId?: string;
  readonly name: string;
  readonly initialText: string;
  /** Problems the script had when opened: the editor starts at the first. */
  readonly initialIssues?: LibraryEntry['issues'];
  onClose(): void;
  /** A new script was added to the library (so the caller can open it). */
  onAdded?(entry: LibraryEntry): void;
}

export function ScriptEditor({
  entryId,
  name,
  initialText,
  initialIssues = [],
  onClose,
  onAdded,
}: ScriptEditorProps) {
  const api = useApi();
  const toast = useToast();
  const library = useLibrary();
  const [history, setHistory] = useState<EditHistory>(() => startHistory(initialText));
  const text = history.present;
  const json = readJsonObject(text);
  // Text and Markdown scripts, and JSON that does not parse, are edited in the raw view.
  const [view, setView] = useState<'form' | 'raw'>(() => (json ? 'form' : 'raw'));
  const [savedText, setSavedText] = useState(initialText);
  const [saveError, setSaveError] = useState<string | undefined>();
  const check = useScriptCheck(name, text);
  // The preview matches the render the settings' default provider would make.
  const settings = useAsync(() => api['settings.get']({}), 'editor-preview-settings');
  const issues = check.upToDate || !check.entry ? (check.entry?.issues ?? initialIssues) : check.entry.issues;
  const raw = useRef<HTMLTextAreaElement>(null);
  const root = useRef<HTMLDivElement>(null);

  // Opened with problems: put the cursor at the first one (its field, or its line in the raw text).
  useEffect(() => {
    const first = firstProblem(initialIssues);
    if (!first) return;
    const target = issueTarget(first);
    if (json && target) {
      const id =
        target.pointIndex !== undefined ? `editor-point-${target.pointIndex}` : `editor-${target.field}`;
      document.getElementById(id)?.focus();
      return;
    }
    setView('raw');
    requestAnimationFrame(() => focusLine(raw.current, first.line ?? 1));
    // Only when the editor opens.
  }, []);

  const edit = (next: string, join: boolean) => setHistory((h) => recordEdit(h, next, Date.now(), join));
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      event.preventDefault();
      setHistory((h) => (key === 'y' || event.shiftKey ? redo(h) : undo(h)));
    } else if (key === 's') {
      event.preventDefault();
      void save();
    }
  };

  const save = async () => {
    setSaveError(undefined);
    try {
      if (entryId) {
        const entry = await api['library.save']({ id: entryId, content: text });
        library.merge([entry]);
        toast.push({
          kind: 'success',
          title: entry.path ? `Saved ${entry.name}` : `Saved ${entry.name} in the library`,
        });
      } else {
        const [entry] = await api['library.addFiles']({ files: [{ name, content: text }] });
        if (entry) {
          library.merge([entry]);
          toast.push({ kind: 'success', title: `Added ${entry.name} to the library` });
          onAdded?.(entry);
        }
      }
      setSavedText(text);
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const fieldIssues = issues.filter((issue) => issueTarget(issue) !== undefined);
  const otherIssues = view === 'raw' ? issues : issues.filter((issue) => issueTarget(issue) === undefined);
  const entry = check.entry;
  const voice = useNarrationVoice(entry?.script?.voice, entry?.script?.channel);
  const dirty = text !== savedText;
  return (
    <div className="detail script-editor" data-testid="script-editor" ref={root} onKeyDown={onKeyDown}>
      <div className="detail-bar">
        <button type="button" className="button ghost" onClick={onClose}>
          ← Library
        </button>
        <h1 className="detail-title">Edit {name}</h1>
        <span className="muted" data-testid="editor-status" aria-live="polite">
          {!check.upToDate
            ? 'Checking…'
            : issues.length === 0
              ? 'Valid'
              : `${issues.length} problem${issues.length === 1 ? '' : 's'}`}
          {dirty ? ' · unsaved changes' : ''}
        </span>
      </div>
      <div className="editor-toolbar" role="toolbar" aria-label="Editor">
        <div className="segmented-buttons" role="radiogroup" aria-label="View">
          {(
            [
              ['form', 'Form'],
              ['raw', 'Raw text'],
            ] as const
          ).map(([value, label]) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={view === value}
              className="button small ghost"
              onClick={() => setView(value)}
            >
              {label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button"
          onClick={() => setHistory(undo)}
          disabled={history.past.length === 0}
        >
          Undo
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setHistory(redo)}
          disabled={history.future.length === 0}
        >
          Redo
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => void save()}
          disabled={!dirty && entryId !== undefined}
        >
          {entryId ? 'Save' : 'Add to library'}
        </button>
        <button type="button" className="button" onClick={download}>
          Download
        </button>
      </div>
      {saveError && <ErrorBanner message={`Could not save: ${saveError}`} />}
      {check.error && <ErrorBanner message={`Could not check the script: ${check.error}`} />}
      <div className="detail-grid">
        <div className="detail-info">
          {otherIssues.length > 0 && (
            <section className="panel" aria-label="Problems">
              <h2>Problems</h2>
              <IssueList issues={otherIssues} />
            </section>
          )}
          <section className="panel" aria-label="Script text">
            {view === 'form' && json ? (
              <ScriptFormFields
                form={formFromJson(json)}
                issues={fieldIssues}
                channels={channelChoices(settings.data?.channels ?? [])}
                onChange={(form, join) => edit(writeForm(text, form), join)}
              />
            ) : (
              <>
                {view === 'form' && (
                  <p className="muted" data-testid="editor-form-unavailable">
                    This script is not a JSON object (it is text, Markdown or JSON with a syntax error): edit
                    it in the raw view.
                  </p>
                )}
                {view === 'raw' && (
                  <textarea
                    ref={raw}
                    className="editor-raw"
                    aria-label="Raw script text"
                    data-testid="editor-raw"
                    spellCheck={false}
                    value={text}
                    rows={24}
                    onChange={(event) => edit(event.target.value, true)}
                  />
                )}
              </>
            )}
          </section>
        </div>
        <div className="detail-preview">
          {entry?.timeline ? (
            <ScriptPreview
              timeline={entry.timeline}
              aspectRatio="9:16"
              remotionEnabled={settings.data?.providers['remotion']?.enabled ?? false}
              platform={entry.script?.platform ?? settings.data?.global.defaultPlatform}
              defaultProvider={settings.data?.global.defaultProvider}
              voice={voice}
              captions={entry.script?.captions !== false}
            />
          ) : (
            <p className="muted" data-testid="editor-no-preview">
              The preview shows once the script has no problems.
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

/** Selects line `line` (1-based) of a textarea and scrolls it into view. */
function focusLine(area: HTMLTextAreaElement | null, line: number): void {
  if (!area) return;
  const lines = area.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  const lineHeight = area.scrollHeight / Math.max(lines.length, 1);
  area.scrollTop = Math.max(0, (line - 3) * lineHeight);
}
