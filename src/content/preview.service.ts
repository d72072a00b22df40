import { hashSecretToken, newSecretToken } from '../common/secret-token.ts';
import type { Kysely } from 'kysely';
import type { Clock } from '../common/clock.ts';
import type { Database } from '../db/index.ts';
import { contentError } from './content.errors.ts';

/** Preview links live at most this long (30 days); the default is two days. */
export const MAX_PREVIEW_HOURS = 720;
export const DEFAULT_PREVIEW_HOURS = 48;

// Stored by hash, like sessions: a leaked table opens no preview.
const hash = hashSecretToken;

/**
 * Secret links that show an article before it is public (to a lawyer, a partner under embargo,
 * the person quoted). Each expires; an editor may revoke one sooner.
 */
export function createPreviewLinks(db: Kysely<Database>, clock: Clock, siteUrl: string) {
  return {
    /**
     * Makes a link to article `articleId` that works for `hours`. The token is returned once.
     * @throws CONTENT_INVALID_INPUT
     */
    async create(articleId: number, createdBy: number, hours = DEFAULT_PREVIEW_HOURS) {
      if (!Number.isInteger(hours) || hours < 1 || hours > MAX_PREVIEW_HOURS) {
        throw contentError('CONTENT_INVALID_INPUT', `expiresInHours must be a whole number from 1 to ${MAX_PREVIEW_HOURS}.`, 'expiresInHours');
      }
      const token = newSecretToken(24);
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
      const { id } = await db.insertInto('previewLinks')
        .values({ articleId, tokenHash: hash(token), expiresAt, createdBy, createdAt: now.toISOString() })
        .returning('id').executeTakeFirstOrThrow();
      return { id, url: `${siteUrl}/preview/${token}`, expiresAt };
    },

    /** The links of an article that still work, newest first (without their tokens). */
    list(articleId: number) {
      return db.selectFrom('previewLinks as p').leftJoin('users as u', 'u.id', 'p.createdBy')
        .select(['p.id', 'p.expiresAt', 'p.createdAt', 'u.name as createdByName'])
        .where('p.articleId', '=', articleId).where('p.expiresAt', '>', clock.now().toISOString())
        .orderBy('p.id', 'desc').execute();
    },

    /** Ends link `id` of article `articleId` now. @throws CONTENT_PREVIEW_LINK_NOT_FOUND */
    async revoke(articleId: number, id: number): Promise<void> {
      const result = await db.deleteFrom('previewLinks').where('id', '=', id).where('articleId', '=', articleId).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw contentError('CONTENT_PREVIEW_LINK_NOT_FOUND', `This article has no preview link ${id}.`, 'id');
    },

    /** The article a live token opens and when the link expires, or null (unknown, revoked or expired alike). */
    async resolve(token: string): Promise<{ articleId: number; expiresAt: string } | null> {
      if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
      const row = await db.selectFrom('previewLinks').select(['articleId', 'expiresAt'])
        .where('tokenHash', '=', hash(token)).where('expiresAt', '>', clock.now().toISOString()).executeTakeFirst();
      return row ?? null;
    },
  };
}

export type PreviewLinks = ReturnType<typeof createPreviewLinks>;
