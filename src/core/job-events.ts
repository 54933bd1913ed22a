import type { VideoJob } from './job.js';

/** What the job queue tells the UI when a job appears, changes, progresses or goes. */
export type JobEvent =
  | { readonly type: 'job-added'; readonly job: VideoJob }
  | { readonly type: 'job-updated'; readonly job: VideoJob }
  | { readonly type: 'job-removed'; readonly jobId: string }
  | {
      readonly type: 'job-progress';
      readonly jobId: string;
      readonly progress: number;
      readonly stage: string;
    };
