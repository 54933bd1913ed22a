import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';

export type ToastKind = 'info' | 'success' | 'error';

export interface Toast {
  readonly id: number;
  readonly kind: ToastKind;
  readonly title: string;
  readonly message?: string;
  /** One button in the toast (e.g. "Play in History"); the toast closes when it is used. */
  readonly action?: { readonly label: string; run(): void };
}

interface ToastApi {
  push(toast: Omit<Toast, 'id'>): void;
}

const ToastContext = createContext<ToastApi | undefined>(undefined);

/** Errors stay longer: they usually hold a file name or field the user needs to read. */
const LIFETIME_MS: Record<ToastKind, number> = { info: 5_000, success: 5_000, error: 10_000 };

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (toast: Omit<Toast, 'id'>) => {
      const id = nextId.current++;
      // Keep the stack short: the oldest toasts go first.
      setToasts((all) => [...all.slice(-4), { ...toast, id }]);
      setTimeout(() => dismiss(id), LIFETIME_MS[toast.kind]);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ push }), [push]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" aria-live="polite" data-testid="toasts">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast-${toast.kind}`}
            role={toast.kind === 'error' ? 'alert' : 'status'}
            data-testid="toast"
          >
            <div className="toast-body">
              <strong>{toast.title}</strong>
              {toast.message && <span className="toast-message">{toast.message}</span>}
              {toast.action && (
                <button
                  type="button"
                  className="button small"
                  onClick={() => {
                    dismiss(toast.id);
                    toast.action?.run();
                  }}
                >
                  {toast.action.label}
                </button>
              )}
            </div>
            <button
              type="button"
              className="icon-button"
              aria-label="Dismiss notification"
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const value = useContext(ToastContext);
  if (!value) throw new Error('useToast() needs a <ToastProvider> above it');
  return value;
}
