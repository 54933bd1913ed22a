import { useCallback } from 'react';
import { errorMessage } from '../../api/error-message.js';
import { useToast } from '../../components/toasts.js';
import { useLibrary } from '../../state/library-store.js';
import type { DataTransferLike, ReadFilesResult } from '../../state/read-dropped-files.js';
import { readDroppedFiles, readPickedFiles } from '../../state/read-dropped-files.js';

/** Reads dropped or picked files, adds them to the library and says what happened. */
export function useScriptImport(): {
  importDrop(dataTransfer: DataTransferLike): Promise<void>;
  importPicked(files: ArrayLike<File>): Promise<void>;
} {
  const library = useLibrary();
  const toast = useToast();

  const importRead = useCallback(
    async (read: Promise<ReadFilesResult>) => {
      let result: ReadFilesResult;
      try {
        result = await read;
      } catch (error) {
        toast.push({
          kind: 'error',
          title: 'Could not read the dropped files',
          message: errorMessage(error),
        });
        return;
      }
      for (const skipped of result.skipped)
        toast.push({ kind: 'error', title: 'File skipped', message: skipped.reason });
      if (result.uploads.length === 0) {
        if (result.skipped.length === 0) {
          toast.push({
            kind: 'info',
            title: 'No scripts found',
            message: 'Drop .json, .txt or .md script files, or folders holding them.',
          });
        }
        return;
      }
      try {
        const added = await library.addUploads(result.uploads);
        const invalid = added.filter((e) => e.status === 'invalid').length;
        toast.push({
          kind: invalid > 0 ? 'error' : 'success',
          title: `Added ${added.length} script${added.length === 1 ? '' : 's'}`,
          message:
            invalid > 0
              ? `${invalid} ha${invalid === 1 ? 's' : 've'} problems to fix — see the library.`
              : undefined,
        });
      } catch (error) {
        toast.push({ kind: 'error', title: 'Could not add scripts', message: errorMessage(error) });
      }
    },
    [library, toast],
  );

  // The DataTransfer must be read synchronously, inside the drop event: readDroppedFiles does.
  const importDrop = useCallback(
    (dataTransfer: DataTransferLike) => importRead(readDroppedFiles(dataTransfer)),
    [importRead],
  );
  const importPicked = useCallback(
    (files: ArrayLike<File>) => importRead(readPickedFiles(files)),
    [importRead],
  );
  return { importDrop, importPicked };
}
