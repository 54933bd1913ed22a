import type { LibraryEntry } from './library.js';

/** What the library tells the UI when an entry appears, changes or goes. */
export type LibraryEvent =
  | { readonly type: 'entry-updated'; readonly entry: LibraryEntry }
  | { readonly type: 'entry-removed'; readonly id: string };
