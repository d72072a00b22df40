import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../common/clock.ts';
import { cacheTags, type WriteRunner } from '../content/index.ts';
import type { Database } from '../db/index.ts';
import { commentArticlePath, deleteFloodMarks, findByEmail, findCommentArticles, updateComment, type CommentSettingsRow } from './comment.repository.ts';
import { findCommentSettings, saveCommentSettings } from './comment.repository.ts';
import { commentFingerprint } from './comment-submit.service.ts';

/** Everything stored about one commenter, as they are entitled to receive it. */
export interface CommenterExport {
  email: string;
  exportedAt: string;
  comments: {
    id: number; article: { headline: string; path: string } | null; status: string; name: string; email: string; website: string;
    ip: string; userAgent: string; text: string; createdAt: string; updatedAt: string;
  }[];
}

/** The name an erased commenter's kept comments are shown under. */
export const ERASED_NAME = 'Anonymous';

/** The comment policy as the Admin API reads and writes it. */
export type CommentSettings = Omit<CommentSettingsRow, 'id' | 'notifyModerators'> & { notifyModerators: boolean };

/** Data-protection requests by email address, and the site's comment policy. */
export function createCommentAdministration(deps: { db: Kysely<Database>; clock: Clock; write: WriteRunner }) {
  const { db, clock, write } = deps;

  return {
    /** Every comment left with `email` and all that is stored with it. */
    async exportByEmail(email: string): Promise<CommenterExport> {
      const normal = email.trim().toLowerCase();
      const rows = await findByEmail(db, normal);
      const articles = new Map((await findCommentArticles(db, [...new Set(rows.map((r) => r.articleId))])).map((a) => [a.id, a]));
      return {
        email: normal,
        exportedAt: clock.now().toISOString(),
        comments: rows.map((r) => {
          const a = articles.get(r.articleId);
          return {
            id: r.id, article: a ? { headline: a.headline, path: commentArticlePath(a) } : null, status: r.status,
            name: r.authorName, email: r.authorEmail, website: r.authorUrl, ip: r.authorIp, userAgent: r.userAgent, text: r.text,
            createdAt: r.createdAt, updatedAt: r.updatedAt,
          };
        }),
      };
    },

    /**
     * Erases a commenter: `delete` removes their comments (replies to them stay, moved up);
     * `anonymise` keeps the words under "Anonymous" and forgets name, email, website, address
     * and browser. Either way the flood guard's marks for the address and IPs are dropped.
     * Returns how many comments were affected.
     */
    async eraseByEmail(email: string, mode: 'delete' | 'anonymise', remove: (id: number) => Promise<unknown>): Promise<{ erased: number }> {
      const normal = email.trim().toLowerCase();
      const rows = await findByEmail(db, normal);
      // The flood guard keys its marks by address and IP: they go too, however recent.
      await deleteFloodMarks(db, [`email:${normal}`, ...new Set(rows.map((r) => `ip:${r.authorIp}`))]);
      if (mode === 'delete') {
        for (const row of rows) await remove(row.id);
        return { erased: rows.length };
      }
      await write(async (trx) => {
        const now = clock.now().toISOString();
        for (const row of rows) {
          // A fresh random key: the avatar no longer ties the comments together, or to the address.
          // Hex of the same length as avatarKey(), or /avatars/ would refuse to draw it.
          await updateComment(trx, row.id, {
            authorName: ERASED_NAME, authorEmail: '', authorUrl: '', authorIp: '', userAgent: '', avatarKey: randomBytes(12).toString('hex'),
            fingerprint: commentFingerprint(row.articleId, row.parentId, ERASED_NAME, '', row.text) + `:erased:${row.id}`, updatedAt: now,
          });
        }
        return { result: null, tags: [...new Set(rows.map((r) => cacheTags.comments(r.articleId)))] };
      });
      return { erased: rows.length };
    },

    /** The site's comment policy. */
    async settings(): Promise<CommentSettings> {
      const { id: _id, notifyModerators, ...rest } = await findCommentSettings(db);
      return { ...rest, notifyModerators: notifyModerators === 1 };
    },

    /** Replaces the comment policy; every article's comment form may open or close with it. */
    async saveSettings(settings: CommentSettings): Promise<CommentSettings> {
      // Answered from what this save wrote, inside its transaction: a simultaneous save must not
      // make this one report the other's values.
      return write(async (trx) => {
        await saveCommentSettings(trx, { ...settings, notifyModerators: settings.notifyModerators ? 1 : 0 });
        const { id: _id, notifyModerators, ...rest } = await findCommentSettings(trx);
        return { result: { ...rest, notifyModerators: notifyModerators === 1 }, tags: [cacheTags.everything] };
      });
    },
  };
}

export type CommentAdministration = ReturnType<typeof createCommentAdministration>;
