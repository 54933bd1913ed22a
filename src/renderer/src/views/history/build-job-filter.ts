import type { ApiPayload } from '#shared/api-contract.js';
import type { VideoStatus } from '#shared/api-types.js';

/** The filter as the `jobs.list` call takes it. */
export type JobsListFilter = NonNullable<ApiPayload<'jobs.list'>['filter']>;

/** What the history's filter bar holds: strings straight from the inputs, '' meaning "any". */
export interface HistoryFilterForm {
  readonly search: string;
  readonly channel: string;
  readonly providerId: string;
  readonly status: '' | VideoStatus;
  /** yyyy-mm-dd from <input type="date">, local time. */
  readonly from: string;
  readonly to: string;
}

export const EMPTY_HISTORY_FILTER: HistoryFilterForm = {
  search: '',
  channel: '',
  providerId: '',
  status: '',
  from: '',
  to: '',
};

export const HISTORY_PAGE_SIZE = 200;

/** Start of a local calendar day as an ISO instant; undefined for an empty or invalid date. */
function localDayStart(date: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The `jobs.list` filter for the form: only the fields set, dates as whole local days. */
export function buildJobFilter(form: HistoryFilterForm): JobsListFilter {
  const search = form.search.trim();
  const from = localDayStart(form.from);
  const toStart = localDayStart(form.to);
  // "To" includes the whole day: the bound is the start of the next day, minus a millisecond.
  const to = toStart
    ? new Date(toStart.getFullYear(), toStart.getMonth(), toStart.getDate() + 1, 0, 0, 0, -1)
    : undefined;
  return {
    ...(search ? { search } : {}),
    ...(form.channel ? { channel: form.channel } : {}),
    ...(form.providerId ? { providerId: form.providerId } : {}),
    ...(form.status ? { status: [form.status] } : {}),
    ...(from ? { createdAfter: from.toISOString() } : {}),
    ...(to ? { createdBefore: to.toISOString() } : {}),
    limit: HISTORY_PAGE_SIZE,
    order: 'newest',
  };
}
