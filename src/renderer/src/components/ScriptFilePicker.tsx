// The hidden browser file input behind "Open…" and Ctrl/⌘+O: it takes script files only and is
// emptied after each pick, so choosing the same file again still imports it.
import type { Ref } from 'react';
import { SCRIPT_EXTENSIONS } from '#core/script-files.js';

export function ScriptFilePicker({
  ref,
  testId,
  label,
  onPicked,
}: {
  ref: Ref<HTMLInputElement>;
  testId: string;
  label: string;
  onPicked(files: FileList): void;
}) {
  return (
    <input
      ref={ref}
      type="file"
      multiple
      hidden
      accept={SCRIPT_EXTENSIONS.join(',')}
      data-testid={testId}
      aria-label={label}
      onChange={(event) => {
        const files = event.target.files;
        if (files && files.length > 0) onPicked(files);
        event.target.value = '';
      }}
    />
  );
}
