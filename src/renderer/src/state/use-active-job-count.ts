import { useEffect, useState } from 'react';
import type { VideoJob } from '../../../shared/api-types.js';
import { useApi, useApiEvent } from '../app/api-context.js';
import { applyJobEvent, isActiveJob } from './jobs-state.js';

/** How many renders are queued or running, kept live for the sidebar badge. */
export function useActiveJobCount(epoch = 0): number {
  const api = useApi();
  const [jobs, setJobs] = useState<readonly VideoJob[]>([]);
  useEffect(() => {
    let current = true;
    api.call('jobs.list', { filter: { status: ['queued', 'running'] } }).then(
      (list) => current && setJobs(list),
      // The badge is a nicety: the Queue view reports load errors.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, epoch]);
  useApiEvent('job', (event) => setJobs((list) => applyJobEvent(list, event).filter(isActiveJob)));
  return jobs.length;
}
