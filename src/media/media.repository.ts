import type { Insertable, Selectable, Updateable } from 'kysely';
import { sql, type SqlBool } from 'kysely';
import { containsText, type Db } from '../db/index.ts';
import type { MediaTable } from './media.table.ts';

export type MediaRow = Selectable<MediaTable>;

/** Stores a new image's row and returns its id. */
export async function insertMedia(db: Db, row: Insertable<MediaTable>): Promise<number> {
  const inserted = await db.insertInto('media').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export function findMediaById(db: Db, id: number): Promise<MediaRow | undefined> {
  return db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Images newest first; `search`: part of the alt text, caption, credit or uploaded file name. */
export function findMediaPage(db: Db, limit: number, offset: number, search?: string): Promise<MediaRow[]> {
  return db.selectFrom('media').selectAll().$if(Boolean(search), (q) => q.where(textContains(search)))
    .orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

export async function countMedia(db: Db, search?: string): Promise<number> {
  const row = await db.selectFrom('media').$if(Boolean(search), (q) => q.where(textContains(search)))
    .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

function textContains(search = '') {
  const conditions = ['alt', 'caption', 'credit', 'originalName'].map((column) => containsText(column, search));
  return sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}

/** Changes the text fields; true when the row exists. */
export async function updateMedia(db: Db, id: number, changes: Updateable<MediaTable>): Promise<boolean> {
  const result = await db.updateTable('media').set(changes).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes the row and returns it (for its file list), or undefined when there was none. */
export function deleteMedia(db: Db, id: number): Promise<MediaRow | undefined> {
  return db.deleteFrom('media').where('id', '=', id).returningAll().executeTakeFirst();
}
