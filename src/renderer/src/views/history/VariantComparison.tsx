// The variants of a job's group side by side, playing in sync: one play/pause and one position for
// all, so hooks can be compared frame by frame. The group's jobs come from the A/B report. Variants
// differ in length: the group plays until the longest has ended, each shorter one stopping at its end.
import { useRef, useState } from 'react';
import type { VideoJob } from '#shared/api-types.js';
import { useApi } from '../../app/api-context.js';
import { useAsync } from '../../state/use-async.js';

/** Drift (seconds) past which a follower is moved back to the first video's position. */
const MAX_DRIFT_SECONDS = 0.15;

export function VariantComparison({ job }: { job: VideoJob }) {
  const api = useApi();
  const group = job.variantGroup;
  const state = useAsync(
    async (): Promise<VideoJob[]> => {
      if (group === undefined) return [];
      const [report] = await api['analytics.report']({ group });
      // The latest job of each variant (a variant rendered again in the group keeps its newest).
      const ids = (report?.variants ?? []).map((v) => v.jobs[v.jobs.length - 1]!);
      return Promise.all(ids.map((id) => api['jobs.get']({ id })));
    },
    `variants-${group ?? 'none'}`,
  );
  const videos = useRef<(HTMLVideoElement | null)[]>([]);
  /** The videos (by index) that played to their end since the last Play all or seek. */
  const ended = useRef(new Set<number>());
  const [playing, setPlaying] = useState(false);
  const [position, setPosition] = useState(0);

  if (group === undefined) return null;
  const jobs = (state.data ?? []).filter((j) => j.result?.mimeType.startsWith('video/'));
  if (jobs.length < 2) return null;
  const all = () => videos.current.filter((v): v is HTMLVideoElement => v !== null);
  const duration = Math.max(...jobs.map((j) => j.result?.durationSeconds ?? 0));

  const toggle = () => {
    if (playing) {
      for (const video of all()) video.pause();
    } else {
      ended.current.clear();
      const leader = all()[0];
      for (const video of all()) {
        if (leader && video !== leader) video.currentTime = leader.currentTime;
        void video.play()?.catch(() => undefined);
      }
    }
    setPlaying(!playing);
  };
  const seek = (seconds: number) => {
    ended.current.clear();
    for (const video of all()) {
      video.currentTime = seconds;
      // A video that had ended while the others played goes on again from here.
      if (playing && video.paused) void video.play()?.catch(() => undefined);
    }
    setPosition(seconds);
  };
  /** The video the others follow: the first that has not ended. */
  const isLeader = (index: number) => [...jobs.keys()].find((i) => !ended.current.has(i)) === index;
  const follow = (leader: HTMLVideoElement) => {
    setPosition(leader.currentTime);
    for (const [i, video] of videos.current.entries()) {
      if (video === null || ended.current.has(i)) continue;
      if (video !== leader && Math.abs(video.currentTime - leader.currentTime) > MAX_DRIFT_SECONDS) {
        video.currentTime = leader.currentTime;
      }
    }
  };

  return (
    <section aria-label="Variants side by side" data-testid="variant-comparison">
      <h3>Variants of this group</h3>
      <div className="variant-grid">
        {jobs.map((j, i) => (
          <figure key={j.id} className="variant-cell" data-variant={j.variant}>
            <video
              ref={(element) => {
                videos.current[i] = element;
              }}
              className="job-video"
              muted={i > 0}
              preload="metadata"
              src={api.mediaUrl(j.id, 'video', j.completedAt)}
              aria-label={`Variant ${j.variant ?? ''}`}
              onTimeUpdate={(e) => {
                if (isLeader(i)) follow(e.currentTarget);
              }}
              onEnded={() => {
                ended.current.add(i);
                if (ended.current.size === jobs.length) setPlaying(false);
              }}
            />
            <figcaption>
              {j.variant}
              {j.id === job.id ? ' (this job)' : ''}
            </figcaption>
          </figure>
        ))}
      </div>
      <div className="row">
        <button type="button" className="button small" onClick={toggle} data-testid="variants-play">
          {playing ? 'Pause all' : 'Play all'}
        </button>
        <input
          type="range"
          min={0}
          max={duration}
          step={0.1}
          value={position}
          onChange={(e) => seek(Number(e.target.value))}
          aria-label="Position of all variants"
        />
      </div>
    </section>
  );
}
