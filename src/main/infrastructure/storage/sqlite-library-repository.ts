import type { LibraryRecord, LibraryRepository } from '../../application/library.js';
import type { Database } from './sqlite-types.js';

interface LibraryRow {
  id: string;
  name: string;
  path: string | null;
  content: string;
  added_at: string;
  updated_at: string;
}

function toRecord(row: LibraryRow): LibraryRecord {
  return {
    id: row.id,
    name: row.name,
    ...(row.path !== null ? { path: row.path } : {}),
    content: row.content,
    addedAt: row.added_at,
    updatedAt: row.updated_at,
  };
}

/** The script library in SQLite, in the order scripts were first added. */
export class SqliteLibraryRepository implements LibraryRepository {
  constructor(private readonly db: Database) {}

  list(): LibraryRecord[] {
    return (this.db.prepare('SELECT * FROM library_scripts ORDER BY seq').all() as LibraryRow[]).map(
      toRecord,
    );
  }

  listPaths(): { id: string; path: string }[] {
    return this.db
      .prepare('SELECT id, path FROM library_scripts WHERE path IS NOT NULL ORDER BY seq')
      .all() as { id: string; path: string }[];
  }

  listIds(): string[] {
    return (this.db.prepare('SELECT id FROM library_scripts ORDER BY seq').all() as { id: string }[]).map(
      (row) => row.id,
    );
  }

  get(id: string): LibraryRecord | undefined {
    const row = this.db.prepare('SELECT * FROM library_scripts WHERE id = ?').get(id) as
      LibraryRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  findByPath(path: string): LibraryRecord | undefined {
    const row = this.db.prepare('SELECT * FROM library_scripts WHERE path = ?').get(path) as
      LibraryRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  findUploadByName(name: string): LibraryRecord | undefined {
    const row = this.db
      .prepare('SELECT * FROM library_scripts WHERE path IS NULL AND name = ? ORDER BY seq LIMIT 1')
      .get(name) as LibraryRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  upsert(record: LibraryRecord): void {
    this.db
      .prepare(
        `INSERT INTO library_scripts (id, name, path, content, added_at, updated_at, seq)
         VALUES (@id, @name, @path, @content, @addedAt, @updatedAt,
                 (SELECT COALESCE(MAX(seq), 0) + 1 FROM library_scripts))
         ON CONFLICT (id) DO UPDATE SET
           name = excluded.name, path = excluded.path, content = excluded.content, updated_at = excluded.updated_at`,
      )
      .run({ ...record, path: record.path ?? null });
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM library_scripts WHERE id = ?').run(id).changes > 0;
  }
}
