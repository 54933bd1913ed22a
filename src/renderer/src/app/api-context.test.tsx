// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { waitFor } from '@testing-library/react';
import { FakeReelforgeApi } from '../test-support/fake-api.js';
import { makeCompletedJob } from '../test-support/fixtures.js';
import { ApiProvider, useApiEvent } from './api-context.js';

type ActGlobal = { IS_REACT_ACT_ENVIRONMENT?: boolean };

describe('useApiEvent', () => {
  let root: Root | undefined;
  const actGlobal = globalThis as ActGlobal;
  const wasAct = actGlobal.IS_REACT_ACT_ENVIRONMENT;
  afterEach(() => {
    root?.unmount();
    actGlobal.IS_REACT_ACT_ENVIRONMENT = wasAct;
  });

  // The app shows its shell when `app.info` answers, an ordinary update outside any test's act().
  // An event sent the moment the shell is on screen (here: the first DOM mutation) must be heard.
  it('listens from the moment its component is on screen', async () => {
    actGlobal.IS_REACT_ACT_ENVIRONMENT = false;
    const api = new FakeReelforgeApi();
    const heard: string[] = [];
    function Listener() {
      useApiEvent('job', (event) => heard.push(event.type));
      return <p data-testid="listening">listening</p>;
    }
    const container = document.createElement('div');
    const observer = new MutationObserver(() => {
      if (!container.querySelector('[data-testid="listening"]')) return;
      observer.disconnect();
      api.emit('job', { type: 'job-updated', job: makeCompletedJob() });
    });
    observer.observe(container, { childList: true, subtree: true });
    root = createRoot(container);
    root.render(
      <ApiProvider api={api} appInfo={api.appInfo}>
        <Listener />
      </ApiProvider>,
    );
    await waitFor(() => expect(container.textContent).toBe('listening'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual(['job-updated']);
  });
});
