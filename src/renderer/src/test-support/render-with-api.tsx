import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { ApiProvider } from '../app/api-context.js';
import type { ViewId } from '../app/navigation.js';
import { NavigationContext } from '../app/navigation.js';
import { ToastProvider } from '../components/toasts.js';
import { LibraryStoreProvider } from '../state/library-store.js';
import { FakeReelforgeApi } from './fake-api.js';

export interface RenderedWithApi extends RenderResult {
  readonly api: FakeReelforgeApi;
  readonly navigate: ReturnType<typeof vi.fn<(view: ViewId) => void>>;
}

/** Renders `ui` inside the providers the app gives every view, over a fake API. */
export function renderWithApi(ui: ReactElement, api = new FakeReelforgeApi()): RenderedWithApi {
  const navigate = vi.fn<(view: ViewId) => void>();
  const result = render(
    <ApiProvider api={api} appInfo={api.appInfo}>
      <ToastProvider>
        <LibraryStoreProvider>
          <NavigationContext.Provider value={navigate}>{ui}</NavigationContext.Provider>
        </LibraryStoreProvider>
      </ToastProvider>
    </ApiProvider>,
  );
  return { ...result, api, navigate };
}
