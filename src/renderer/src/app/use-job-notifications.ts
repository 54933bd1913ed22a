import { useRef } from 'react';
import { useToast } from '../components/toasts.js';
import { useApiEvent } from './api-context.js';
import { historyActionLabel } from './history-focus.js';

/**
 * Toasts when a render finishes or fails, wherever the user is in the app; a finished one offers
 * "Play in History" (or "Show in History" when it is not a video; `showInHistory`).
 */
export function useJobNotifications(showInHistory?: (jobId: string) => void): void {
  const toast = useToast();
  const told = useRef(new Set<string>());
  useApiEvent('job', (event) => {
    if (event.type !== 'job-updated') return;
    const { job } = event;
    const key = `${job.id}:${job.status}:${job.completedAt ?? ''}`;
    if (told.current.has(key)) return;
    if (job.status === 'completed') {
      told.current.add(key);
      toast.push({
        kind: 'success',
        title: `Rendered “${job.topic}”`,
        message: `${job.providerId ?? 'provider'} · ${job.options.quality}`,
        ...(showInHistory
          ? { action: { label: historyActionLabel(job), run: () => showInHistory(job.id) } }
          : {}),
      });
    } else if (job.status === 'failed') {
      told.current.add(key);
      toast.push({ kind: 'error', title: `Render failed: “${job.topic}”`, message: job.error?.message });
    }
  });
}
