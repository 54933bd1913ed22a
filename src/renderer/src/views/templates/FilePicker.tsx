import { useState } from 'react';

/**
 * A button-like file input for one of the template's files: hands the picked file to `onPick`
 * and shows its problem (main's words) when it is refused.
 */
export function FilePicker({
  label,
  accept,
  onPick,
}: {
  label: string;
  accept: string;
  onPick: (file: File) => Promise<void>;
}) {
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <div className="template-file-picker">
      <label className="button small">
        {busy ? 'Adding…' : label}
        <input
          type="file"
          accept={accept}
          hidden
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setBusy(true);
            setProblem(undefined);
            onPick(file)
              .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)))
              .finally(() => setBusy(false));
          }}
        />
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
