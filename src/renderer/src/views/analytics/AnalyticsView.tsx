// The A/B report: per variant group, each variant's numbers, a chart of like rates and the verdict
// (a winner only when significant at 95 %). The numbers come from `reelforge analytics import`,
// stored in the local database; nothing here reaches the network.
import type { VariantGroupReport, VariantNumbers } from '#core/analytics/variant-report.js';
import { useApi, useApiEvent } from '../../app/api-context.js';
import { BarChart } from '../../components/BarChart.js';
import { EmptyState, Loaded, ReloadableHeader } from '../../components/common.js';
import { formatDateTime } from '../../state/format.js';
import { useAsync } from '../../state/use-async.js';

const rate = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(2)} %`);

export function AnalyticsView() {
  const api = useApi();
  const state = useAsync(() => api['analytics.report']({}), 'analytics');
  // A finished render may start a new group.
  useApiEvent('job', (event) => {
    if (event.type === 'job-updated' && event.job.status === 'completed' && event.job.variantGroup)
      state.reload();
  });
  return (
    <div className="view" data-testid="analytics-view">
      <ReloadableHeader
        title="A/B results"
        subtitle="Variant groups and which one worked"
        what="the report"
        state={state}
      />
      <Loaded
        state={state}
        spinner="Reading the numbers…"
        isEmpty={(groups) => groups.length === 0}
        empty={
          <EmptyState title="No variant groups yet">
            <p>
              Add <code>&quot;variants&quot;</code> to a script and render it; then import the numbers with{' '}
              <code>reelforge analytics import &lt;file.csv&gt;</code>.
            </p>
          </EmptyState>
        }
      >
        {(groups) => groups.map((group) => <GroupCard key={group.group} group={group} />)}
      </Loaded>
    </div>
  );
}

function GroupCard({ group }: { group: VariantGroupReport }) {
  const likeRates = Object.fromEntries(
    group.variants.map((v) => [v.variant, v.likeRate === null ? 0 : Math.round(v.likeRate * 10_000) / 100]),
  );
  const colours = new Map(
    group.variants.map((v) => [
      v.variant,
      v.variant === group.winner ? 'var(--ok)' : 'var(--accent-soft-strong)',
    ]),
  );
  return (
    <article className="panel" data-testid="variant-group" data-group={group.group} aria-label={group.topic}>
      <div className="panel-head">
        <h3>{group.topic}</h3>
        <span className="muted">
          {formatDateTime(group.createdAt)} · group {group.group.slice(0, 8)}
        </span>
      </div>
      <p className={group.winner ? 'ok-text' : 'muted'} data-testid="variant-verdict">
        {group.winner ? `Winner: ${group.winner}. ` : ''}
        {group.summary}
      </p>
      <div className="table-scroll">
        <table className="scenes" data-testid="variant-table">
          <thead>
            <tr>
              <th>Variant</th>
              <th>Views</th>
              <th>Likes</th>
              <th>Like rate</th>
              <th>Comments</th>
              <th>Shares</th>
              <th>Avg view</th>
              <th>Completion</th>
            </tr>
          </thead>
          <tbody>
            {group.variants.map((v) => (
              <VariantRow key={v.variant} variant={v} winner={v.variant === group.winner} />
            ))}
          </tbody>
        </table>
      </div>
      <BarChart title="Likes per 100 views" data={likeRates} colours={colours} />
      <p className="muted">Test: {group.test}.</p>
    </article>
  );
}

function VariantRow({ variant, winner }: { variant: VariantNumbers; winner: boolean }) {
  return (
    <tr data-variant={variant.variant}>
      <td>
        {variant.variant}
        {winner ? ' ★' : ''}
      </td>
      <td>{variant.views}</td>
      <td>{variant.likes}</td>
      <td>{rate(variant.likeRate)}</td>
      <td>{variant.comments}</td>
      <td>{variant.shares}</td>
      <td>
        {variant.averageViewDurationSeconds === null
          ? '—'
          : `${variant.averageViewDurationSeconds.toFixed(1)} s`}
      </td>
      <td>{rate(variant.completionRate)}</td>
    </tr>
  );
}
