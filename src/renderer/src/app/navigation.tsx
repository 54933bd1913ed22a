import { createContext, useContext } from 'react';

// A/B results last: Ctrl+1…5 keep the views they always had.
export const VIEWS = [
  'library',
  'queue',
  'history',
  'providers',
  'settings',
  'analytics',
  'templates',
] as const;
export type ViewId = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<ViewId, string> = {
  library: 'Library',
  queue: 'Queue',
  history: 'History',
  analytics: 'A/B results',
  providers: 'Providers',
  settings: 'Settings',
  templates: 'Templates',
};

export const NavigationContext = createContext<(view: ViewId) => void>(() => undefined);

/** Switches the main view (e.g. to the queue after queueing a render). */
export function useNavigate(): (view: ViewId) => void {
  return useContext(NavigationContext);
}
