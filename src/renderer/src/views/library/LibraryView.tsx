// The script library: import (drop anywhere, Open…), every entry with all of its problems,
// selection for batch renders, and the detail/preview of one script.
import { useMemo, useRef, useState } from 'react';
import { ScriptFilePicker } from '../../components/ScriptFilePicker.js';
import { errorMessage } from '../../api/error-message.js';
import { useApi, useAppInfo } from '../../app/api-context.js';
import { EmptyState, ErrorBanner, PageHeader, Spinner } from '../../components/common.js';
import { useToast } from '../../components/toasts.js';
import { useLibrary } from '../../state/library-store.js';
import { ChoiceSelect } from '../../components/ChoiceSelect.js';
import { LibraryEntryRow } from './LibraryEntryRow.js';
import {
  arrangeLibrary,
  LIBRARY_FILTERS,
  LIBRARY_SORTS,
  type LibraryFilter,
  type LibrarySort,
} from './library-view-order.js';
import { RenderForm } from './RenderForm.js';
import { ScriptDetail } from './ScriptDetail.js';
import { useScriptImport } from './use-script-import.js';
import { EditorHost, type EditTarget } from '../editor/EditorHost.js';
import { NewScriptButton } from '../editor/NewScriptButton.js';

export function LibraryView() {
  const api = useApi();
  const appInfo = useAppInfo();
  const toast = useToast();
  const library = useLibrary();
  const { importPicked } = useScriptImport();
  const fileInput = useRef<HTMLInputElement>(null);
  const [openId, setOpenId] = useState<string | undefined>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState<LibraryFilter>('all');
  const [sort, setSort] = useState<LibrarySort>('valid-first');
  const [editing, setEditing] = useState<EditTarget | undefined>();

  const entries = library.entries;
  const validIds = useMemo(
    () => new Set(entries.filter((e) => e.status === 'valid').map((e) => e.id)),
    [entries],
  );
  // An entry that became invalid or was removed drops out of the selection.
  const selection = [...selected].filter((id) => validIds.has(id));
  const invalidCount = entries.length - validIds.size;

  const openEntry = entries.find((e) => e.id === openId);
  if (editing) {
    const close = () => {
      setEditing(undefined);
      setOpenId(undefined);
    };
    return (
      <EditorHost
        target={editing}
        onClose={close}
        onAdded={(entry) => setEditing({ kind: 'entry', entry })}
      />
    );
  }
  if (openEntry) {
    return (
      <ScriptDetail
        entry={openEntry}
        onBack={() => setOpenId(undefined)}
        onEdit={() => setEditing({ kind: 'entry', entry: openEntry })}
      />
    );
  }

  const open = async () => {
    // Browsers have no native dialog behind the API: the file picker stands in.
    if (!appInfo.canRevealFiles) {
      fileInput.current?.click();
      return;
    }
    try {
      const added = await api['library.openDialog']({});
      library.merge(added);
      if (added.length > 0)
        toast.push({
          kind: 'success',
          title: `Added ${added.length} script${added.length === 1 ? '' : 's'}`,
        });
    } catch (error) {
      toast.push({ kind: 'error', title: 'Could not open scripts', message: errorMessage(error) });
    }
  };

  // First launch: the scripts shipped with the app, to preview and render before writing one.
  const addSamples = async () => {
    try {
      const added = await api['library.addSamples']({});
      library.merge(added);
      toast.push({
        kind: 'success',
        title: `Added ${added.length} sample scripts`,
        message: 'Open one to preview it.',
      });
    } catch (error) {
      toast.push({ kind: 'error', title: 'Could not add the samples', message: errorMessage(error) });
    }
  };

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const reimport = async (id: string) => {
    try {
      const entry = await api['library.reimport']({ id });
      library.merge([entry]);
      toast.push({
        kind: entry.status === 'valid' ? 'success' : 'error',
        title: `Re-imported ${entry.name}`,
        message:
          entry.status === 'valid' ? 'The script is valid.' : `${entry.issues.length} problem(s) remain.`,
      });
    } catch (error) {
      toast.push({ kind: 'error', title: 'Re-import failed', message: errorMessage(error) });
    }
  };

  const remove = async (id: string) => {
    try {
      await library.remove(id);
    } catch (error) {
      toast.push({ kind: 'error', title: 'Could not remove the script', message: errorMessage(error) });
    }
  };

  return (
    <div className="view" data-testid="library-view">
      <PageHeader
        title="Library"
        subtitle={
          entries.length > 0
            ? `${entries.length} script${entries.length === 1 ? '' : 's'}${invalidCount > 0 ? ` · ${invalidCount} with problems` : ''} — drop more files or folders anywhere`
            : 'Scripts you add appear here, checked and ready to preview'
        }
        actions={
          <>
            <NewScriptButton
              onCreate={(channel, template) => setEditing({ kind: 'new', channel, template })}
            />
            <button type="button" className="button" onClick={() => void open()} data-testid="open-scripts">
              Open…
            </button>
            <ScriptFilePicker
              ref={fileInput}
              testId="file-input"
              label="Choose script files"
              onPicked={(files) => void importPicked(files)}
            />
          </>
        }
      />
      {selection.length > 0 && (
        <section className="batch-bar" aria-label="Batch render" data-testid="batch-bar">
          <strong>{selection.length} selected</strong>
          <RenderForm libraryIds={selection} compact />
          <button type="button" className="button ghost" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </section>
      )}
      {library.error && (
        <ErrorBanner message={`Could not load the library: ${library.error}`} onRetry={library.reload} />
      )}
      {library.loading && entries.length === 0 ? (
        <Spinner label="Loading the library…" />
      ) : entries.length === 0 && !library.error ? (
        <div className="drop-hint" data-testid="library-empty">
          <EmptyState title="Drop scripts here" icon="⇣">
            <p>Drag script files (.json, .txt, .md) or whole folders onto this window, or use Open….</p>
            <button
              type="button"
              className="button primary"
              onClick={() => void addSamples()}
              data-testid="try-samples"
            >
              Try a sample script
            </button>
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="list-tools">
            <ChoiceSelect<LibraryFilter>
              aria-label="Show"
              value={filter}
              choices={LIBRARY_FILTERS}
              onChange={setFilter}
              data-testid="library-filter"
            />
            <ChoiceSelect<LibrarySort>
              aria-label="Sort by"
              value={sort}
              choices={LIBRARY_SORTS}
              onChange={setSort}
              data-testid="library-sort"
            />
            {validIds.size > 1 && (
              <button
                type="button"
                className="button small ghost"
                onClick={() =>
                  setSelected(selection.length === validIds.size ? new Set() : new Set(validIds))
                }
              >
                {selection.length === validIds.size ? 'Select none' : 'Select all valid'}
              </button>
            )}
          </div>
          <ul className="entries" aria-label="Scripts" data-testid="library-list">
            {arrangeLibrary(entries, filter, sort).map((entry) => (
              <LibraryEntryRow
                key={entry.id}
                entry={entry}
                selected={selection.includes(entry.id)}
                onToggleSelected={() => toggle(entry.id)}
                onOpen={() =>
                  entry.status === 'invalid' ? setEditing({ kind: 'entry', entry }) : setOpenId(entry.id)
                }
                onReimport={() => void reimport(entry.id)}
                onRemove={() => void remove(entry.id)}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
