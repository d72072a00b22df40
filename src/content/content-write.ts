import type { Kysely } from 'kysely';
import type { PurgeBus } from '../cache/index.ts';
import { translateDbError, type Database, type Db } from '../db/index.ts';

/** What a unit of content work returns: its result and the page-cache tags it touched. */
export interface WriteOutcome<T> { result: T; tags: string[] }

/** Runs one unit of content work; see {@link createWriteRunner}. */
export type WriteRunner = <T>(work: (trx: Db) => Promise<WriteOutcome<T>>) => Promise<T>;

/**
 * Every content write runs through this: one transaction that also logs which cached pages it
 * touched, then, once committed, purges them here at once and (through the log) in every other
 * process. Driver errors leave as AppErrors.
 */
export function createWriteRunner(db: Kysely<Database>, purges: PurgeBus): WriteRunner {
  return async function write<T>(work: (trx: Db) => Promise<WriteOutcome<T>>): Promise<T> {
    try {
      const { result, tags, purgeId } = await db.transaction().execute(async (trx) => {
        const outcome = await work(trx);
        return { ...outcome, purgeId: await purges.record(trx, outcome.tags) };
      });
      if (tags.length > 0) purges.announce(tags, purgeId);
      return result;
    } catch (error) {
      throw translateDbError(error);
    }
  };
}
