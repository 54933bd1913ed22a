import { createContext, useContext, useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import {
  withCallMethods,
  type ApiEventName,
  type ApiEvents,
  type ReelforgeApi,
  type RendererApi,
} from '../../../shared/api-contract.js';
import type { AppInfo } from '../../../shared/api-types.js';

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

/** Subscribes to an event for the component's lifetime; the latest callback is always used. */
export function useApiEvent<E extends ApiEventName>(
  event: E,
  listener: (payload: ApiEvents[E]) => void,
): void {
  const api = useApi();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => api.on(event, (payload) => latest.current(payload)), [api, event]);
}
