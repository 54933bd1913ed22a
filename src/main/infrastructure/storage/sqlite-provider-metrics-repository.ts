import type { ProviderMetrics, ProviderMetricsRepository } from '../../application/job.js';
import { ReelforgeError } from '#core/errors.js';
import type { Database } from './sqlite-types.js';
import { StatementCache } from './statement-cache.js';

interface ProviderMetricsRow {
  provider_id: string;
  successes: number;
  failures: number;
  total_seconds: number;
  last_error: string | null;
  last_error_at: string | null;
  last_success_at: string | null;
}

// Upserts: one statement each, so concurrent recorders in two processes never lose a count.
const RECORD_SUCCESS_SQL = `
  INSERT INTO provider_metrics (provider_id, successes, total_seconds, last_success_at)
  VALUES (@providerId, 1, @seconds, @at)
  ON CONFLICT (provider_id) DO UPDATE SET
    successes = successes + 1,
    total_seconds = total_seconds + excluded.total_seconds,
    last_success_at = excluded.last_success_at`;
const RECORD_FAILURE_SQL = `
  INSERT INTO provider_metrics (provider_id, failures, last_error, last_error_at)
  VALUES (@providerId, 1, @error, @at)
  ON CONFLICT (provider_id) DO UPDATE SET
    failures = failures + 1,
    last_error = excluded.last_error,
    last_error_at = excluded.last_error_at`;
const GET_SQL = 'SELECT * FROM provider_metrics WHERE provider_id = ?';
const LIST_SQL = 'SELECT * FROM provider_metrics ORDER BY provider_id';

function rowToMetrics(row: ProviderMetricsRow): ProviderMetrics {
  return {
    providerId: row.provider_id,
    successes: row.successes,
    failures: row.failures,
    averageSeconds: row.successes > 0 ? row.total_seconds / row.successes : undefined,
    ...(row.last_error !== null && { lastError: row.last_error }),
    ...(row.last_error_at !== null && { lastErrorAt: row.last_error_at }),
    ...(row.last_success_at !== null && { lastSuccessAt: row.last_success_at }),
  };
}

/** Per-provider success/failure counters in the `provider_metrics` table. */
export class SqliteProviderMetricsRepository implements ProviderMetricsRepository {
  private readonly statements: StatementCache;

  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  recordSuccess(providerId: string, seconds: number, at: string): void {
    // A NaN would poison the running total for good, so it is refused at the door.
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new ReelforgeError(`provider ${providerId}: render time must be a number ≥ 0, got ${seconds}`);
    }
    this.statements.get(RECORD_SUCCESS_SQL).run({ providerId, seconds, at });
  }

  recordFailure(providerId: string, error: string, at: string): void {
    this.statements.get(RECORD_FAILURE_SQL).run({ providerId, error, at });
  }

  get(providerId: string): ProviderMetrics | undefined {
    const row = this.statements.get(GET_SQL).get(providerId) as ProviderMetricsRow | undefined;
    return row && rowToMetrics(row);
  }

  list(): ProviderMetrics[] {
    return (this.statements.get(LIST_SQL).all() as ProviderMetricsRow[]).map(rowToMetrics);
  }
}
