import type { JobListFilter, JobRepository, JobUpdate, VideoJob } from '../../application/job.js';
import { JobNotFoundError, ReelforgeError } from '#core/errors.js';
import { JobIdPrefixError, MIN_JOB_ID_PREFIX_LENGTH } from './errors.js';
import { buildJobCountQuery, buildJobListQuery, escapeLike, LIKE_ESCAPE } from './job-query.js';
import type { JobRow } from './job-row.js';
import { JOB_COLUMNS, jobToRow, MUTABLE_JOB_COLUMNS, rowToJob } from './job-row.js';
import { applyJobUpdate } from './job-update.js';
import type { Database } from './sqlite-types.js';
import { StatementCache } from './statement-cache.js';

// `seq` is computed in the same statement, under SQLite's write lock, so two processes
// queueing at once still get distinct, increasing numbers.
const INSERT_SQL =
  `INSERT INTO jobs (${JOB_COLUMNS.join(', ')}, seq) ` +
  `VALUES (${JOB_COLUMNS.map((c) => `@${c}`).join(', ')}, (SELECT COALESCE(MAX(seq), 0) + 1 FROM jobs))`;
/** An UPDATE of just these columns (few distinct sets occur; the statement cache keeps each). */
function updateSql(columns: readonly string[]): string {
  return `UPDATE jobs SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`;
}
const GET_SQL = 'SELECT * FROM jobs WHERE id = ?';
const DELETE_SQL = 'DELETE FROM jobs WHERE id = ?';
const BY_STATUS_IN_QUEUE_ORDER_SQL = 'SELECT * FROM jobs WHERE status = ? ORDER BY seq ASC';
const EXACT_ID_SQL = 'SELECT id FROM jobs WHERE id = ?';
const ID_PREFIX_SQL = `SELECT id FROM jobs WHERE id LIKE ? ESCAPE '${LIKE_ESCAPE}' ORDER BY id LIMIT ?`;

export type JobCountColumn = Parameters<JobRepository['countBy']>[0];

/** Jobs without a provider yet (queued for "auto") are counted under this key. */
export const NO_PROVIDER_KEY = 'none';

const COUNT_BY_EXPRESSION: Readonly<Record<JobCountColumn, string>> = {
  providerId: `COALESCE(provider_id, '${NO_PROVIDER_KEY}')`,
  channel: 'channel',
  quality: 'quality',
  status: 'status',
};

/** How many ambiguous matches an error lists before it stops. */
const MAX_LISTED_CANDIDATES = 5;

function isPrimaryKeyViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** The queue and history in the `jobs` table. Rows are validated as they are read. */
export class SqliteJobRepository implements JobRepository {
  private readonly statements: StatementCache;

  constructor(private readonly db: Database) {
    this.statements = new StatementCache(db);
  }

  insert(job: VideoJob): void {
    if (job.id.trim() === '') throw new ReelforgeError('cannot insert a job with an empty id');
    try {
      this.statements.get(INSERT_SQL).run(jobToRow(job));
    } catch (error) {
      if (isPrimaryKeyViolation(error)) throw new ReelforgeError(`a job with id ${job.id} already exists`);
      throw error;
    }
  }

  insertAll(jobs: readonly VideoJob[], alongside?: () => void): void {
    this.db.transaction(() => {
      for (const job of jobs) this.insert(job);
      alongside?.();
    })();
  }

  get(id: string): VideoJob | undefined {
    const row = this.statements.get(GET_SQL).get(id) as JobRow | undefined;
    return row && rowToJob(row);
  }

  /**
   * Read, merge and write under the write lock (BEGIN IMMEDIATE): in WAL mode a deferred
   * transaction that read first could not upgrade once a peer process had written meanwhile.
   */
  update(id: string, update: JobUpdate): VideoJob {
    return this.db
      .transaction(() => {
        const stored = this.statements.get(GET_SQL).get(id) as JobRow | undefined;
        if (!stored) throw new JobNotFoundError(id);
        const next = applyJobUpdate(rowToJob(stored), update);
        const row = jobToRow(next);
        // Only the columns whose value changed: a progress tick must not rewrite the timeline.
        const changed = MUTABLE_JOB_COLUMNS.filter((column) => row[column] !== stored[column]);
        if (changed.length > 0) {
          const params: Record<string, unknown> = { id };
          for (const column of changed) params[column] = row[column];
          this.statements.get(updateSql(changed)).run(params);
        }
        return next;
      })
      .immediate();
  }

  list(filter: JobListFilter = {}): VideoJob[] {
    const query = buildJobListQuery(filter);
    return (this.statements.get(query.sql).all(...query.params) as JobRow[]).map(rowToJob);
  }

  count(filter: JobListFilter = {}): number {
    const query = buildJobCountQuery(filter);
    return (this.statements.get(query.sql).get(...query.params) as { n: number }).n;
  }

  /** Does not read the row, so a corrupt job can still be deleted. */
  delete(id: string): boolean {
    return this.statements.get(DELETE_SQL).run(id).changes > 0;
  }

  listQueued(): VideoJob[] {
    return this.listByStatusInQueueOrder('queued');
  }

  listRunning(): VideoJob[] {
    return this.listByStatusInQueueOrder('running');
  }

  /**
   * An exact id always resolves. Otherwise the prefix must be at least 4 characters
   * (`JobIdPrefixError` "too-short") and match one job: several matches throw
   * `JobIdPrefixError` "ambiguous" listing them, none gives undefined. Case-insensitive.
   */
  resolveIdPrefix(prefix: string): string | undefined {
    const typed = prefix.trim();
    if (typed === '') return undefined;
    const exact = this.statements.get(EXACT_ID_SQL).get(typed) as { id: string } | undefined;
    if (exact) return exact.id;
    if (typed.length < MIN_JOB_ID_PREFIX_LENGTH) throw new JobIdPrefixError(typed, 'too-short');
    const matches = (
      this.statements.get(ID_PREFIX_SQL).all(`${escapeLike(typed)}%`, MAX_LISTED_CANDIDATES + 1) as {
        id: string;
      }[]
    ).map((row) => row.id);
    if (matches.length > 1) {
      const listed = matches.slice(0, MAX_LISTED_CANDIDATES);
      if (matches.length > MAX_LISTED_CANDIDATES) listed.push('…');
      throw new JobIdPrefixError(typed, 'ambiguous', listed);
    }
    return matches[0];
  }

  countBy(column: JobCountColumn): Record<string, number> {
    const expression = COUNT_BY_EXPRESSION[column];
    const rows = this.statements
      .get(`SELECT ${expression} AS key, COUNT(*) AS n FROM jobs GROUP BY key ORDER BY key`)
      .all() as { key: string; n: number }[];
    return Object.fromEntries(rows.map((row) => [row.key, row.n]));
  }

  private listByStatusInQueueOrder(status: 'queued' | 'running'): VideoJob[] {
    return (this.statements.get(BY_STATUS_IN_QUEUE_ORDER_SQL).all(status) as JobRow[]).map(rowToJob);
  }
}
