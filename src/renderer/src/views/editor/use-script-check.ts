import { useEffect, useState } from 'react';
import type { LibraryEntry } from '#shared/api-types.js';
import { errorMessage } from '../../api/error-message.js';
import { useApi } from '../../app/api-context.js';
import { useDebounced } from '../../state/use-debounced.js';

/** Pause in typing before the text is checked: short enough to feel live, long enough not to flood main. */
export const CHECK_DELAY_MS = 250;

/**
 * The text checked by main with the import's own parsers and channel rules (`library.check`), so
 * the editor shows exactly the errors an import would. The last answer stays while the next is due.
 */
export function useScriptCheck(name: string, content: string) {
  const api = useApi();
  const settled = useDebounced(content, CHECK_DELAY_MS);
  const [checked, setChecked] = useState<{ content: string; entry: LibraryEntry } | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    api
      .call('library.check', { name, content: settled })
      .then((entry) => {
        if (!current) return;
        setChecked({ content: settled, entry });
        setError(undefined);
      })
      .catch((reason: unknown) => current && setError(errorMessage(reason)));
    return () => {
      current = false;
    };
  }, [api, name, settled]);
  return { entry: checked?.entry, upToDate: checked?.content === content, error };
}
