import type { Db } from '../db/index.ts';
import type { ArticleStatus } from './content.table.ts';

/** Records a change of workflow state. */
export async function insertEvent(db: Db, event: { articleId: number; fromStatus: ArticleStatus | null; toStatus: ArticleStatus; userId: number | null; note: string; createdAt: string }): Promise<void> {
  await db.insertInto('articleEvents').values(event).execute();
}

/** An article's state changes, oldest first, with who made them. */
export function findEvents(db: Db, articleId: number) {
  return db.selectFrom('articleEvents as e')
    .leftJoin('users as u', 'u.id', 'e.userId')
    .select(['e.id', 'e.fromStatus', 'e.toStatus', 'e.note', 'e.createdAt', 'e.userId', 'u.name as userName'])
    .where('e.articleId', '=', articleId)
    .orderBy('e.id').execute();
}
