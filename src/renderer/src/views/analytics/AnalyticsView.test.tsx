// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { VariantGroupReport } from '#core/analytics/variant-report.js';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { AnalyticsView } from './AnalyticsView.js';

afterEach(cleanup);

const variant = (name: string, views: number, likes: number) => ({
  variant: name,
  jobs: [`${name}-job`],
  views,
  likes,
  comments: 1,
  shares: 2,
  likeRate: likes / views,
  averageViewDurationSeconds: 12.5,
  completionRate: 0.4,
});

const decided: VariantGroupReport = {
  group: 'aaaa1111-0000-4000-8000-000000000000',
  topic: 'Start now',
  createdAt: '2026-12-04T10:00:00.000Z',
  variants: [variant('control', 1500, 30), variant('question-hook', 1500, 90)],
  winner: 'question-hook',
  leader: 'question-hook',
  pValue: 0.000001,
  test: 'two-proportion z-test on likes/views',
  moreViewsNeeded: null,
  summary: 'question-hook wins: like rate 6.00 % against 2.00 % for control',
};

const open: VariantGroupReport = {
  ...decided,
  group: 'bbbb2222-0000-4000-8000-000000000000',
  topic: 'Clear head',
  variants: [variant('a', 300, 9), variant('b', 300, 12)],
  winner: null,
  leader: 'b',
  moreViewsNeeded: 3400,
  summary: 'not enough data yet: b leads a; about 3400 more views would settle it',
};

describe('AnalyticsView', () => {
  it('shows each group with its numbers, a like-rate chart and the verdict', async () => {
    renderWithApi(<AnalyticsView />, new FakeReelforgeApi({ analytics: [decided, open] }));
    const groups = await screen.findAllByTestId('variant-group');
    expect(groups.map((g) => g.dataset.group)).toEqual([decided.group, open.group]);
    const [first, second] = groups as [HTMLElement, HTMLElement];
    expect(within(first).getByTestId('variant-verdict').textContent).toBe(
      'Winner: question-hook. question-hook wins: like rate 6.00 % against 2.00 % for control',
    );
    const row = first.querySelector('tr[data-variant="question-hook"]')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'question-hook ★',
      '1500',
      '90',
      '6.00 %',
      '1',
      '2',
      '12.5 s',
      '40.00 %',
    ]);
    expect(within(first).getByLabelText('question-hook: 6')).toBeTruthy();
    expect(within(second).getByTestId('variant-verdict').textContent).toMatch(/^not enough data yet/);
    expect(second.textContent).not.toContain('★');
  });

  it('explains how to start when there is no group yet', async () => {
    renderWithApi(<AnalyticsView />, new FakeReelforgeApi());
    expect(await screen.findByText('No variant groups yet')).toBeTruthy();
  });
});
