// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VariantGroupReport } from '#core/analytics/variant-report.js';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { makeCompletedJob } from '../../test-support/fixtures.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { VariantComparison } from './VariantComparison.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const GROUP = 'aaaa1111-0000-4000-8000-000000000000';
const jobs = ['control', 'question-hook', 'number-hook'].map((variant) =>
  makeCompletedJob({ id: `job-${variant}`, variant, variantGroup: GROUP }),
);
const report: VariantGroupReport = {
  group: GROUP,
  topic: 'Start now',
  createdAt: '2026-12-04T10:00:00.000Z',
  variants: jobs.map((j) => ({
    variant: j.variant!,
    jobs: [j.id],
    views: 0,
    likes: 0,
    comments: 0,
    shares: 0,
    likeRate: null,
    averageViewDurationSeconds: null,
    completionRate: null,
  })),
  winner: null,
  leader: null,
  pValue: 1,
  test: 'z-test',
  moreViewsNeeded: null,
  summary: 'not enough data yet',
};

describe('VariantComparison', () => {
  it('shows every variant of the group and plays and seeks them together', async () => {
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    const pause = vi.spyOn(HTMLMediaElement.prototype, 'pause').mockReturnValue(undefined);
    renderWithApi(<VariantComparison job={jobs[1]!} />, new FakeReelforgeApi({ jobs, analytics: [report] }));
    await screen.findByTestId('variant-comparison');
    const videos = [...document.querySelectorAll('video')];
    expect(videos.map((v) => v.getAttribute('aria-label'))).toEqual([
      'Variant control',
      'Variant question-hook',
      'Variant number-hook',
    ]);
    expect(screen.getByText('question-hook (this job)')).toBeTruthy();

    fireEvent.click(screen.getByTestId('variants-play'));
    expect(play).toHaveBeenCalledTimes(3);
    expect(screen.getByTestId('variants-play').textContent).toBe('Pause all');
    fireEvent.click(screen.getByTestId('variants-play'));
    expect(pause).toHaveBeenCalledTimes(3);

    fireEvent.change(screen.getByLabelText('Position of all variants'), { target: { value: '4.5' } });
    expect(videos.map((v) => v.currentTime)).toEqual([4.5, 4.5, 4.5]);

    // While playing, a follower that drifts is brought back to the first video's position.
    videos[0]!.currentTime = 6;
    videos[2]!.currentTime = 5;
    videos[1]!.currentTime = 6.1;
    fireEvent.timeUpdate(videos[0]!);
    expect(videos.map((v) => v.currentTime)).toEqual([6, 6.1, 6]);
  });

  it('keeps playing the others when the shortest ends, and reads "Play all" once all ended', async () => {
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    renderWithApi(<VariantComparison job={jobs[0]!} />, new FakeReelforgeApi({ jobs, analytics: [report] }));
    await screen.findByTestId('variant-comparison');
    const videos = [...document.querySelectorAll('video')];
    const button = () => screen.getByTestId('variants-play').textContent;
    fireEvent.click(screen.getByTestId('variants-play'));

    fireEvent.ended(videos[0]!);
    expect(button()).toBe('Pause all');
    // The first video still playing leads now: the position follows it, and it keeps the others in sync.
    videos[1]!.currentTime = 7;
    videos[2]!.currentTime = 6;
    fireEvent.timeUpdate(videos[1]!);
    expect(videos[2]!.currentTime).toBe(7);
    expect((screen.getByLabelText('Position of all variants') as HTMLInputElement).value).toBe('7');

    fireEvent.ended(videos[2]!);
    expect(button()).toBe('Pause all');
    fireEvent.ended(videos[1]!);
    expect(button()).toBe('Play all');
  });

  it('shows nothing for a job that renders no variant', () => {
    const { container } = renderWithApi(
      <VariantComparison job={makeCompletedJob()} />,
      new FakeReelforgeApi(),
    );
    expect(container.textContent).toBe('');
  });
});
