import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * A condition that `column` contains `text` anywhere, ignoring case, for the newsroom's search
 * boxes. LIKE's own metacharacters (`%`, `_` and the escape `\`) in `text` are matched literally,
 * so "50%" finds "50%" and not "500". Both sides are lower-cased in SQL because SQLite's LIKE
 * ignores case and PostgreSQL's does not; SQLite's lower() folds A–Z only.
 */
export function containsText(column: string, text: string): RawBuilder<SqlBool> {
  const pattern = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return sql<SqlBool>`lower(${sql.ref(column)}) like lower(${pattern}) escape '\\'`;
}
