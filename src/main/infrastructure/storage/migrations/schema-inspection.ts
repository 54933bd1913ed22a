import type { Database } from '../sqlite-types.js';

/** Read-only views of the schema, for the migration tests. */

export function tableNames(db: Database): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as {
      name: string;
    }[]
  ).map((row) => row.name);
}

export function columnNames(db: Database, table: string): string[] {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name);
}

/** Index name → indexed columns, for the explicitly created indexes of a table. */
export function indexColumns(db: Database, table: string): Record<string, string[]> {
  const indexes = (db.pragma(`index_list(${table})`) as { name: string; origin: string }[]).filter(
    (index) => index.origin === 'c',
  );
  return Object.fromEntries(
    indexes.map((index) => [
      index.name,
      (db.pragma(`index_info(${index.name})`) as { name: string }[]).map((column) => column.name),
    ]),
  );
}
