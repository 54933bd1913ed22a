// The window: sidebar navigation, the current view, toasts, and a drop target covering everything
// so scripts can be dropped wherever the user happens to be.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DragEvent, ReactNode } from 'react';
import { useAppInfo } from './api-context.js';
import type { ViewId } from './navigation.js';
import { NavigationContext, VIEW_LABELS, VIEWS } from './navigation.js';
import { useJobNotifications } from './use-job-notifications.js';
import { useMenuCommands } from './use-menu-commands.js';
import { AnalyticsView } from '../views/analytics/AnalyticsView.js';
import { TemplatesView } from '../views/templates/TemplatesView.js';
import { requestHistoryFocus } from './history-focus.js';
import { NavIcon } from './NavIcon.js';
import { OpenShortcut } from './OpenShortcut.js';
import { HistoryView } from '../views/history/HistoryView.js';
import { LibraryView } from '../views/library/LibraryView.js';
import { useScriptImport } from '../views/library/use-script-import.js';
import { useActiveJobCount } from '../state/use-active-job-count.js';
import { ProvidersView } from '../views/providers/ProvidersView.js';
import { QueueView } from '../views/queue/QueueView.js';
import { SettingsView } from '../views/settings/SettingsView.js';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export interface ShellProps {
  readonly initialView?: ViewId;
  readonly banner?: ReactNode;
  /** Changes when the connection reopens: the views remount and load fresh data. */
  readonly epoch?: number;
}

export function Shell({ initialView = 'library', banner, epoch = 0 }: ShellProps) {
  const [view, setView] = useState<ViewId>(initialView);
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const appInfo = useAppInfo();
  const { importDrop } = useScriptImport();
  const main = useRef<HTMLElement>(null);
  const activeJobs = useActiveJobCount(epoch);

  // A file dropped outside our handlers must never make the window navigate to it.
  useEffect(() => {
    const block = (e: Event) => e.preventDefault();
    window.addEventListener('dragover', block);
    window.addEventListener('drop', block);
    return () => {
      window.removeEventListener('dragover', block);
      window.removeEventListener('drop', block);
    };
  }, []);

  // Ctrl/⌘ + 1…6 switch views.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = VIEWS[Number(e.key) - 1];
      if (target) {
        e.preventDefault();
        setView(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Choosing the view already shown starts it afresh: the sidebar's Library leaves a script's page.
  const [visit, setVisit] = useState(0);
  const shown = useRef(view);
  shown.current = view;
  const navigate = useCallback((next: ViewId) => {
    if (shown.current === next) setVisit((n) => n + 1);
    setView(next);
    main.current?.focus();
  }, []);
  useMenuCommands(navigate);
  useJobNotifications(
    useCallback(
      (jobId: string) => {
        requestHistoryFocus(jobId);
        navigate('history');
      },
      [navigate],
    ),
  );

  return (
    <NavigationContext.Provider value={navigate}>
      <div
        className="app"
        data-testid="drop-zone"
        onDragEnter={(e) => {
          if (!hasFiles(e)) return;
          depth.current += 1;
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => {
          depth.current = Math.max(0, depth.current - 1);
          if (depth.current === 0) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          depth.current = 0;
          setDragging(false);
          // Dropped text or a link is not an import: stay on the current view.
          if (!e.dataTransfer || !hasFiles(e)) return;
          // Read the DataTransfer now: it is emptied once this handler returns.
          const done = importDrop(e.dataTransfer);
          setView('library');
          void done;
        }}
      >
        <aside className="sidebar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              ▶
            </span>
            <span>Reelforge</span>
          </div>
          <nav aria-label="Main">
            <ul>
              {VIEWS.map((id, i) => (
                <li key={id}>
                  <button
                    type="button"
                    className={`nav-item${view === id ? ' active' : ''}`}
                    aria-current={view === id ? 'page' : undefined}
                    onClick={() => navigate(id)}
                    data-testid={`nav-${id}`}
                    title={`${VIEW_LABELS[id]} (Ctrl+${i + 1})`}
                  >
                    <NavIcon view={id} />
                    {VIEW_LABELS[id]}
                    {id === 'queue' && activeJobs > 0 && (
                      <span
                        className="nav-badge"
                        data-testid="queue-badge"
                        aria-label={`${activeJobs} active`}
                      >
                        {activeJobs}
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <footer className="sidebar-foot muted">
            v{appInfo.version} · {appInfo.transport === 'electron' ? 'desktop' : 'browser'}
          </footer>
        </aside>
        <div className="main-column">
          {banner}
          <main
            className="content"
            ref={main}
            tabIndex={-1}
            aria-label={VIEW_LABELS[view]}
            key={`${epoch}-${visit}`}
          >
            {view === 'library' && <LibraryView />}
            {view === 'queue' && <QueueView />}
            {view === 'history' && <HistoryView />}
            {view === 'analytics' && <AnalyticsView />}
            {view === 'templates' && <TemplatesView />}
            {view === 'providers' && <ProvidersView />}
            {view === 'settings' && <SettingsView />}
          </main>
        </div>
        <OpenShortcut onOpened={() => setView('library')} />
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            <div className="drop-overlay-card">
              <div className="drop-icon">⇣</div>
              <strong>Drop scripts or folders</strong>
              <span>.json, .txt and .md scripts are checked as soon as they land</span>
            </div>
          </div>
        )}
      </div>
    </NavigationContext.Provider>
  );
}
