import { CompiledQuery, type Compilable } from 'kysely';
import type { Db } from './database.types.ts';

type Param = string | number;

interface Template { sql: string; parameters: readonly unknown[]; slots: (number | undefined)[] }

/**
 * Wraps a query builder so its SQL is built and compiled once per database (or transaction)
 * and then reused with new parameter values. Building and compiling with Kysely costs more than
 * running a simple indexed query, so the hottest reader queries skip it.
 *
 * `build` is first called with two sets of placeholder values; when both give the same SQL and
 * every placeholder ends up as a bound parameter, that SQL is reused. Otherwise (a value that
 * changes the query's shape, or lands in an identifier) the query is built every time.
 */
export function preparedQuery<A extends Param[], R>(build: (db: Db, ...args: A) => Compilable<R>): (db: Db, ...args: A) => Promise<R[]> {
  const templates = new WeakMap<Db, Template | null>();
  return async (db, ...args) => {
    let template = templates.get(db);
    if (template === undefined) {
      template = makeTemplate(db, build, args);
      templates.set(db, template);
    }
    if (template === null) return (await db.executeQuery(build(db, ...args).compile())).rows;
    const slots = template.slots;
    const parameters = template.parameters.map((value, i) => (slots[i] === undefined ? value : args[slots[i]]));
    return (await db.executeQuery<R>(CompiledQuery.raw(template.sql, parameters))).rows;
  };
}

function makeTemplate<A extends Param[], R>(db: Db, build: (db: Db, ...args: A) => Compilable<R>, sample: A): Template | null {
  const placeholders = sample.map((value, i) => (typeof value === 'number' ? -7_340_033_000 - i : `\u0000dateline-param-${i}\u0000`)) as A;
  const others = sample.map((value, i) => (typeof value === 'number' ? -9_110_077_000 - i : `\u0000other-param-${i}\u0000`)) as A;
  const compiled = build(db, ...placeholders).compile();
  // A query whose shape depends on the values (an optional filter, say) cannot be reused.
  if (build(db, ...others).compile().sql !== compiled.sql) return null;
  const slots = compiled.parameters.map((value) => {
    const index = placeholders.indexOf(value as Param);
    return index === -1 ? undefined : index;
  });
  const everyPlaceholderBound = placeholders.every((_, i) => slots.includes(i));
  return everyPlaceholderBound ? { sql: compiled.sql, parameters: compiled.parameters, slots } : null;
}
