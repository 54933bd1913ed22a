import { createContext, useContext, useLayoutEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import {
  withCallMethods,
  type ApiEventName,
  type ApiEvents,
  type ReelforgeApi,
  type RendererApi,
} from '#shared/api-contract.js';
import type { AppInfo } from '#shared/api-types.js';

interface ApiContextValue {
  readonly api: RendererApi;
  readonly appInfo: AppInfo;
}

const ApiContext = createContext<ApiContextValue | undefined>(undefined);

/** Gives the views the transport, with one method per call added (`api['jobs.enqueue'](…)`). */
export function ApiProvider({
  api,
  appInfo,
  children,
}: {
  api: ReelforgeApi;
  appInfo: AppInfo;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ api: withCallMethods(api), appInfo }), [api, appInfo]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi() needs an <ApiProvider> above it');
  return value;
}

export function useApi(): RendererApi {
  return useApiContext().api;
}

/** The API when there is one above (the app); undefined where a view is shown on its own (tests, posters). */
export function useOptionalApi(): RendererApi | undefined {
  return useContext(ApiContext)?.api;
}

export function useAppInfo(): AppInfo {
  return useApiContext().appInfo;
}

/**
 * Subscribes to an event for the component's lifetime; the latest callback is always used.
 * Layout effects, not passive ones: the subscription exists as soon as the component is on screen.
 * A passive effect runs a task later, and an event in between (a render finishing just as the
 * app appears after its first load) would be lost — no toast, no queue badge.
 */
export function useApiEvent<E extends ApiEventName>(
  event: E,
  listener: (payload: ApiEvents[E]) => void,
): void {
  const api = useApi();
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useLayoutEffect(() => api.on(event, (payload) => latest.current(payload)), [api, event]);
}
