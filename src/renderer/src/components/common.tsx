// Small presentational pieces shared by every view.
import type { ReactNode } from 'react';
import type { VideoStatus } from '#shared/api-types.js';
import { formatPercent } from '../state/format.js';

export function Spinner({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function EmptyState({
  title,
  children,
  icon = '◇',
}: {
  title: string;
  children?: ReactNode;
  icon?: string;
}) {
  return (
    <div className="empty-state">
      <div className="empty-icon" aria-hidden="true">
        {icon}
      </div>
      <h3>{title}</h3>
      {children && <div className="empty-body">{children}</div>}
    </div>
  );
}

export function ErrorBanner({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="error-banner" role="alert">
      <span>{message}</span>
      {onRetry && (
        <button type="button" className="button small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function StatusBadge({ status }: { status: VideoStatus | 'valid' | 'invalid' }) {
  return <span className={`badge badge-${status}`}>{status}</span>;
}

/** A dot in the channel's primary colour with its name, so channels are told apart at a glance. */
export function ChannelChip({ channel, colour, name }: { channel: string; colour?: string; name?: string }) {
  return (
    <span className="channel-chip" title={`Channel: ${name ?? channel}`}>
      <span className="channel-dot" style={{ background: colour ?? 'var(--muted)' }} aria-hidden="true" />
      {name ?? channel}
    </span>
  );
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={formatPercent(value)}
    >
      <div className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}

export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle && <p className="subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}

/**
 * The header of a view that loads its data: title, a Refresh button, and the load error (with
 * Retry) naming `what` could not be loaded.
 */
export function ReloadableHeader({
  title,
  subtitle,
  what,
  state,
}: {
  title: string;
  subtitle: ReactNode;
  what: string;
  state: { readonly loading: boolean; readonly error?: string; reload(): void };
}) {
  return (
    <>
      <PageHeader
        title={title}
        subtitle={subtitle}
        actions={
          <button type="button" className="button" onClick={state.reload} disabled={state.loading}>
            Refresh
          </button>
        }
      />
      {state.error && (
        <ErrorBanner message={`Could not load ${what}: ${state.error}`} onRetry={state.reload} />
      )}
    </>
  );
}

/**
 * The body of a view that loads its data: a spinner until the first answer, then `children` with
 * the data, or `empty` when `isEmpty` says there is nothing to show. Later reloads keep the old
 * data on screen (no spinner flash); a failed first load shows nothing here, since the
 * header above shows the error with its Retry.
 */
export function Loaded<T>({
  state,
  spinner,
  isEmpty,
  empty,
  children,
}: {
  state: { readonly loading: boolean; readonly data: T | undefined };
  spinner: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (state.data === undefined) return state.loading ? <Spinner label={spinner} /> : null;
  if (isEmpty?.(state.data)) return <>{empty}</>;
  return <>{children(state.data)}</>;
}
