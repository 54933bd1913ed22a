import { useEffect, useState } from 'react';
import { ACTIVE_STATUSES } from '#core/video-status.js';
import type { VideoJob } from '#shared/api-types.js';
import { useApi, useApiEvent } from '../app/api-context.js';
import { applyJobEvent, isActiveJob } from './jobs-state.js';

/** How many renders are queued or running, kept live for the sidebar badge. */
export function useActiveJobCount(epoch = 0): number {
  const api = useApi();
  const [jobs, setJobs] = useState<readonly VideoJob[]>([]);
  useEffect(() => {
    let current = true;
    api['jobs.list']({ filter: { status: [...ACTIVE_STATUSES] } }).then(
      (list) => current && setJobs(list),
      // The badge is a nicety: the Queue view reports load errors.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, epoch]);
  useApiEvent('job', (event) => {
    // Progress cannot change how many jobs are active: keep the state (and the Shell) as it is.
    if (event.type === 'job-progress') return;
    setJobs((list) => applyJobEvent(list, event).filter(isActiveJob));
  });
  return jobs.length;
}
