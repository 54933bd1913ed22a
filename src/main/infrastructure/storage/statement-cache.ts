import type { Database, Statement } from './sqlite-types.js';

/**
 * Prepares each distinct SQL text once per connection. Filtered lists build their SQL from
 * the filter's shape, so the number of texts is small but not fixed: the cache is bounded.
 */
export class StatementCache {
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Database,
    private readonly maxEntries = 128,
  ) {}

  get(sql: string): Statement {
    const cached = this.statements.get(sql);
    if (cached) return cached;
    const statement = this.db.prepare(sql);
    if (this.statements.size >= this.maxEntries) {
      const oldest = this.statements.keys().next().value;
      if (oldest !== undefined) this.statements.delete(oldest);
    }
    this.statements.set(sql, statement);
    return statement;
  }

  get size(): number {
    return this.statements.size;
  }
}
