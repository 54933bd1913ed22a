import type { JobListFilter } from '../../application/job.js';
import { ReelforgeError } from '#core/errors.js';

/** A piece of SQL and the values for its `?` placeholders, in order. */
export interface SqlQuery {
  readonly sql: string;
  readonly params: readonly (string | number)[];
}

export const LIKE_ESCAPE = '\\';

/** Makes `%`, `_` and the escape character itself match literally in a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => LIKE_ESCAPE + char);
}

/**
 * Timestamps are compared as text, which only orders correctly in one format: the UTC
 * `toISOString()` form jobs are stamped with. A bound like "2024-05-01" or one with an offset
 * is converted to it, so it compares as the instant it names.
 */
function normaliseBound(value: string, field: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new ReelforgeError(`job filter ${field}: "${value}" is not a date or time`);
  return new Date(time).toISOString();
}

function checkCount(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new ReelforgeError(`job filter ${field}: expected a whole number ≥ 0, got ${value}`);
  }
  return value;
}

/**
 * What a history search looks in: topic, file name and the words the creator wrote — the hook,
 * each main point and the call to action, read from the stored script (values only, so a search
 * for "hook" does not match every job by its JSON keys).
 */
const SEARCHED_TEXT = [
  'topic',
  'script_name',
  "json_extract(script_json, '$.hook')",
  "json_extract(script_json, '$.callToAction')",
  // The points joined by line breaks: a search (one line) matches within one point.
  "(SELECT group_concat(value, char(10)) FROM json_each(script_json, '$.mainPoints'))",
] as const;

/**
 * The WHERE clause of a filter. An empty `status` list means "any status", like an absent one.
 * `createdAfter` is inclusive and `createdBefore` exclusive, so consecutive ranges do not overlap.
 * `search` is case-insensitive for ASCII letters (SQLite's LIKE) over topic, script name and the
 * script's text (see SEARCHED_TEXT).
 */
export function buildJobWhere(filter: JobListFilter = {}): SqlQuery {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (filter.status && filter.status.length > 0) {
    clauses.push(`status IN (${filter.status.map(() => '?').join(', ')})`);
    params.push(...filter.status);
  }
  if (filter.channel !== undefined) {
    clauses.push('channel = ?');
    params.push(filter.channel);
  }
  if (filter.providerId !== undefined) {
    clauses.push('provider_id = ?');
    params.push(filter.providerId);
  }
  if (filter.variantGroup !== undefined) {
    clauses.push('variant_group = ?');
    params.push(filter.variantGroup);
  }
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    clauses.push(`(${SEARCHED_TEXT.map((text) => `${text} LIKE ? ESCAPE '${LIKE_ESCAPE}'`).join(' OR ')})`);
    params.push(...SEARCHED_TEXT.map(() => pattern));
  }
  if (filter.createdAfter !== undefined) {
    clauses.push('created_at >= ?');
    params.push(normaliseBound(filter.createdAfter, 'createdAfter'));
  }
  if (filter.createdBefore !== undefined) {
    clauses.push('created_at < ?');
    params.push(normaliseBound(filter.createdBefore, 'createdBefore'));
  }
  return { sql: clauses.length > 0 ? ` WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Rows matching the filter, newest first unless `order` is "oldest"; ties go by queue order. */
export function buildJobListQuery(filter: JobListFilter = {}): SqlQuery {
  const where = buildJobWhere(filter);
  const direction = filter.order === 'oldest' ? 'ASC' : 'DESC';
  let sql = `SELECT * FROM jobs${where.sql} ORDER BY created_at ${direction}, seq ${direction}`;
  const params = [...where.params];
  if (filter.limit !== undefined || filter.offset !== undefined) {
    // SQLite needs a LIMIT before an OFFSET; -1 means no limit.
    sql += ' LIMIT ? OFFSET ?';
    params.push(
      filter.limit === undefined ? -1 : checkCount(filter.limit, 'limit'),
      filter.offset === undefined ? 0 : checkCount(filter.offset, 'offset'),
    );
  }
  return { sql, params };
}

/** How many rows match the filter, ignoring `limit` and `offset` (the total for paging). */
export function buildJobCountQuery(filter: JobListFilter = {}): SqlQuery {
  const where = buildJobWhere(filter);
  return { sql: `SELECT COUNT(*) AS n FROM jobs${where.sql}`, params: where.params };
}
