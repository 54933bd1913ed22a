// Opens the editor on a library script (its stored text, fetched from main) or on a new script.
import type { LibraryEntry } from '#shared/api-types.js';
import { useApi } from '../../app/api-context.js';
import { ErrorBanner, Spinner } from '../../components/common.js';
import { useAsync } from '../../state/use-async.js';
import { newScriptText } from './script-form.js';
import { ScriptEditor } from './ScriptEditor.js';

export type EditTarget =
  | { readonly kind: 'entry'; readonly entry: LibraryEntry }
  | { readonly kind: 'new'; readonly channel: string; readonly template?: string };

export function EditorHost({
  target,
  onClose,
  onAdded,
}: {
  target: EditTarget;
  onClose(): void;
  onAdded?(entry: LibraryEntry): void;
}) {
  if (target.kind === 'new') {
    return (
      <ScriptEditor
        name={`${target.channel || 'new'}-script.json`}
        initialText={newScriptText(target.channel, target.template)}
        onClose={onClose}
        onAdded={onAdded}
      />
    );
  }
  return <EntryEditor entry={target.entry} onClose={onClose} />;
}

function EntryEditor({ entry, onClose }: { entry: LibraryEntry; onClose(): void }) {
  const api = useApi();
  const source = useAsync(() => api['library.source']({ id: entry.id }), `source-${entry.id}`);
  if (source.error) return <ErrorBanner message={`Could not open ${entry.name}: ${source.error}`} />;
  if (!source.data) return <Spinner label={`Opening ${entry.name}…`} />;
  return (
    <ScriptEditor
      entryId={entry.id}
      name={source.data.name}
      initialText={source.data.content}
      initialIssues={entry.issues}
      onClose={onClose}
    />
  );
}
