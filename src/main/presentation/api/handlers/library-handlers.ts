import { ApiCallError, type ApiHandlers } from '#shared/api-contract.js';
import { readSampleScripts } from '../../../infrastructure/files/bundled-samples.js';
import type { ApiHandlerDeps } from '../create-api-handlers.js';

type LibraryCalls =
  | 'library.list'
  | 'library.addFiles'
  | 'library.addPaths'
  | 'library.remove'
  | 'library.reimport'
  | 'library.openDialog'
  | 'library.addSamples'
  | 'library.check'
  | 'library.save'
  | 'library.source'
  | 'library.narration';

/** How long the page waits for a script's speech before the preview estimates it instead. */
const NARRATION_PREVIEW_TIMEOUT_MS = 60_000;

/** The script library: uploads by content, paths only as the user gave them (see UserPathGrants). */
export function libraryHandlers({
  library,
  platform,
  grants,
  service,
}: ApiHandlerDeps): Pick<ApiHandlers, LibraryCalls> {
  return {
    'library.list': async () => library.list(),
    'library.addFiles': async ({ files }) => library.addFiles(files),
    'library.addPaths': async ({ paths }) => {
      // Refused alike whether or not the file exists, so the page learns nothing about the disk.
      const refused = paths.find((path) => !grants.allows(path));
      if (refused !== undefined) {
        throw new ApiCallError(
          'forbidden',
          `library.addPaths: ${JSON.stringify(refused)} is not a script you opened or dropped; add it with Open… or by dropping it on the window`,
        );
      }
      return library.addPaths(paths);
    },
    'library.remove': async ({ id }) => ({ removed: library.remove(id) }),
    'library.reimport': async ({ id }) => {
      const entry = await library.reimport(id);
      if (!entry) throw new ApiCallError('not-found', `no script with id ${id} in the library`);
      return entry;
    },
    // Read in main from the app's own files; the page names nothing.
    'library.addSamples': async () => library.addFiles(await readSampleScripts()),
    'library.check': async (file) => library.check(file),
    // Writes only to the file the entry was imported from, which the user gave in main.
    'library.save': async ({ id, content }) => {
      const entry = await library.save(id, content);
      if (!entry) throw new ApiCallError('not-found', `no script with id ${id} in the library`);
      return entry;
    },
    'library.source': async ({ id }) => {
      const source = library.source(id);
      if (!source) throw new ApiCallError('not-found', `no script with id ${id} in the library`);
      return { name: source.name, content: source.content };
    },
    // The page names a library id; the voice is the one the render would use, never the page's.
    'library.narration': async ({ id }) => {
      const entry = library.get(id);
      if (!entry) throw new ApiCallError('not-found', `no script with id ${id} in the library`);
      if (!entry.script || !entry.timeline) return { timeline: null };
      const signal = AbortSignal.timeout(NARRATION_PREVIEW_TIMEOUT_MS);
      const timeline = await service
        .narratedPreview(entry.script, entry.timeline, signal)
        .catch(() => undefined);
      return { timeline: timeline ?? null };
    },
    'library.openDialog': async () => {
      if (!platform.chooseScripts) return [];
      const paths = await platform.chooseScripts();
      for (const path of paths) grants.grant(path);
      return paths.length > 0 ? library.addPaths(paths) : [];
    },
  };
}
