import { createContext, useContext, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { ApiEventName, ApiEvents, ReelforgeApi } from '../../../shared/api-contract.js';
import type { AppInfo } from '../../../shared/api-types.js';

interface ApiContextValue {
  readonly api: ReelforgeApi;
  readonly appInfo: AppInfo;
}

const ApiContext = createContext<ApiContextValue | undefined>(undefined);

export function ApiProvider({ api, appInfo, children }: ApiContextValue & { children: ReactNode }) {
  return <ApiContext.Provider value={{ api, appInfo }}>{children}</ApiContext.Provider>;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi() needs an <ApiProvider> above it');
  return value;
}

export function useApi(): ReelforgeApi {
  return useApiContext().api;
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
