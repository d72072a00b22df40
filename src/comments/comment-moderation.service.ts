import type { Kysely } from 'kysely';
import type { SignedInUser } from '../accounts/index.ts';
import type { Clock } from '../common/clock.ts';
import { isAppError } from '../common/app-error.ts';
import { cacheTags, type WriteRunner } from '../content/index.ts';
import type { Database, Db } from '../db/index.ts';
import { avatarKey } from './avatar.ts';
import { commentError } from './comment.errors.ts';
import { COMMENT_LIMITS, MAX_DEPTH, normaliseCommentInput, findCommentProblems, placeReply } from './comment.input.ts';
import {
  commentArticlePath, countByStatus, deleteComment, findComment, findCommentArticle, findCommentArticles, findComments, findQueuePage, findThread, insertComment, setArticleCommentsOpen, updateComment,
  type CommentArticleRow, type CommentRow, type QueueFilter,
} from './comment.repository.ts';
import type { CommentSecrets } from './comment-secrets.ts';
import { commentFingerprint } from './comment-submit.service.ts';
import type { CommentStatus } from './comment.table.ts';

/** What a moderator can do to a comment. */
export const MODERATION_ACTIONS = ['approve', 'unapprove', 'spam', 'trash', 'restore', 'delete'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** A comment in the moderation queue: everything, email and address included. */
export interface ModeratedComment extends CommentRow {
  article: { id: number; slug: string; headline: string; path: string; commentsOpen: boolean } | null;
  /** The comment it answers, so a moderator reads a reply in its context. */
  parent: Pick<CommentRow, 'id' | 'authorName' | 'text' | 'status'> | null;
}

/** How one item of a bulk action went. */
export type BulkResult = { id: number; ok: true; status: CommentStatus | 'deleted' } | { id: number; ok: false; error: { code: string; message: string } };

/** Where each action takes a comment from each status (absent: not allowed). */
function nextStatus(action: Exclude<ModerationAction, 'delete'>, row: CommentRow): CommentStatus | null {
  switch (action) {
    case 'approve': return row.status === 'approved' ? null : 'approved';
    case 'unapprove': return row.status === 'approved' ? 'pending' : null;
    case 'spam': return row.status === 'spam' ? null : 'spam';
    case 'trash': return row.status === 'trash' ? null : 'trash';
    // Out of the trash to where it was; out of spam ("not spam") to the pending queue.
    case 'restore': return row.status === 'trash' ? (row.statusBeforeTrash ?? 'pending') : row.status === 'spam' ? 'pending' : null;
  }
}


/** The newsroom's side of comments: queues, moderation actions, edits, staff replies, privacy requests. */
export function createCommentModeration(deps: { db: Kysely<Database>; clock: Clock; write: WriteRunner; secrets: () => Promise<CommentSecrets> }) {
  const { db, clock, write } = deps;

  // Two statements for a whole page, whatever its size: its articles and the comments it answers.
  async function withArticles(rows: CommentRow[]): Promise<ModeratedComment[]> {
    const parentIds = [...new Set(rows.flatMap((r) => (r.parentId === null ? [] : [r.parentId])))];
    const [articleRows, parentRows] = await Promise.all([findCommentArticles(db, [...new Set(rows.map((r) => r.articleId))]), findComments(db, parentIds)]);
    const articles = new Map(articleRows.map((a) => [a.id, a]));
    const parents = new Map(parentRows.map((p) => [p.id, p]));
    return rows.map((row) => {
      const article = articles.get(row.articleId);
      const parent = row.parentId === null ? undefined : parents.get(row.parentId);
      return {
        ...row,
        article: article ? { id: article.id, slug: article.slug, headline: article.headline, path: commentArticlePath(article), commentsOpen: article.commentsOpen === 1 } : null,
        parent: parent ? { id: parent.id, authorName: parent.authorName, text: parent.text, status: parent.status } : null,
      };
    });
  }

  async function mustFind(trx: Db, id: number): Promise<CommentRow> {
    const row = await findComment(trx, id);
    if (!row) throw commentError('COMMENT_NOT_FOUND', `There is no comment ${id}.`, 'id');
    return row;
  }

  /** Removes a comment for good; its replies move up to its parent, so they stay in the thread. */
  async function removeFromThread(trx: Db, row: CommentRow): Promise<void> {
    const thread = await findThread(trx, row.rootId ?? row.id);
    const children = new Map<number, CommentRow[]>();
    for (const c of thread) if (c.parentId !== null) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
    const move = async (node: CommentRow, parentId: number | null, rootId: number | null, depth: number): Promise<void> => {
      await updateComment(trx, node.id, { parentId, rootId, depth });
      for (const child of children.get(node.id) ?? []) {
        await move(child, node.id, rootId ?? node.id, Math.min(depth + 1, MAX_DEPTH - 1));
      }
    };
    for (const child of children.get(row.id) ?? []) {
      await move(child, row.parentId, row.parentId === null ? null : row.rootId, row.parentId === null ? 0 : row.depth);
    }
    await deleteComment(trx, row.id);
  }

  async function act(id: number, action: ModerationAction): Promise<BulkResult> {
    return write<BulkResult>(async (trx) => {
      const row = await mustFind(trx, id);
      const tags = [cacheTags.comments(row.articleId)];
      if (action === 'delete') {
        await removeFromThread(trx, row);
        return { result: { id, ok: true as const, status: 'deleted' as const }, tags };
      }
      const status = nextStatus(action, row);
      if (status === null) throw commentError('COMMENT_INVALID_TRANSITION', `A comment that is ${row.status} cannot be given "${action}".`, 'action');
      await updateComment(trx, id, {
        status, statusBeforeTrash: status === 'trash' ? row.status : null, updatedAt: clock.now().toISOString(),
      });
      return { result: { id, ok: true as const, status }, tags };
    });
  }

  return {
    /** One page of a queue, newest first, with how many comments each status holds. */
    async list(filter: QueueFilter, page: number, perPage: number) {
      const [{ rows, total }, counts] = await Promise.all([findQueuePage(db, filter, (page - 1) * perPage, perPage), countByStatus(db)]);
      return { items: await withArticles(rows), page, perPage, total, pageCount: Math.max(1, Math.ceil(total / perPage)), counts };
    },

    /** One comment. @throws COMMENT_NOT_FOUND */
    async get(id: number): Promise<ModeratedComment> {
      const [item] = await withArticles([await mustFind(db, id)]);
      if (!item) throw commentError('COMMENT_NOT_FOUND', `There is no comment ${id}.`, 'id');
      return item;
    },

    /** Applies one action to one comment. @throws COMMENT_NOT_FOUND, COMMENT_INVALID_TRANSITION */
    async apply(id: number, action: ModerationAction): Promise<BulkResult> {
      return act(id, action);
    },

    /** Applies one action to many comments; each one succeeds or fails on its own. */
    async applyMany(ids: number[], action: ModerationAction): Promise<BulkResult[]> {
      const results: BulkResult[] = [];
      for (const id of [...new Set(ids)]) {
        try {
          results.push(await act(id, action));
        } catch (error) {
          if (!isAppError(error) || error.status >= 500) throw error;
          results.push({ id, ok: false, error: { code: error.code, message: error.message } });
        }
      }
      return results;
    },

    /**
     * Changes what a comment says or who it is shown as; fields left out stay.
     * @throws COMMENT_NOT_FOUND, COMMENT_INVALID_INPUT, COMMENT_DUPLICATE
     */
    async edit(id: number, change: { text?: string | undefined; authorName?: string | undefined; authorUrl?: string | undefined }): Promise<ModeratedComment> {
      await write(async (trx) => {
        const row = await mustFind(trx, id);
        const input = normaliseCommentInput({
          name: change.authorName ?? row.authorName, email: row.authorEmail, website: change.authorUrl ?? row.authorUrl, text: change.text ?? row.text,
        });
        // The email is not edited here, and an anonymised comment has none: only the edited fields count.
        const [problem] = findCommentProblems(input).filter((p) => p.field !== 'email');
        if (problem) throw commentError('COMMENT_INVALID_INPUT', problem.message, problem.field === 'website' ? 'authorUrl' : problem.field === 'name' ? 'authorName' : problem.field);
        await updateComment(trx, id, {
          text: input.text, authorName: input.name, authorUrl: input.website, updatedAt: clock.now().toISOString(),
          fingerprint: commentFingerprint(row.articleId, row.parentId, input.name, row.authorEmail, input.text) + `:${row.id}`,
        });
        return { result: null, tags: [cacheTags.comments(row.articleId)] };
      });
      return this.get(id);
    },

    /**
     * A reply from the newsroom, shown at once under the comment it answers (approving that
     * comment if it was held).
     * @throws COMMENT_NOT_FOUND, COMMENT_INVALID_INPUT, COMMENT_INVALID_TRANSITION (spam or trash)
     */
    async reply(user: SignedInUser, parentId: number, text: string): Promise<ModeratedComment> {
      const secrets = await deps.secrets();
      const input = normaliseCommentInput({ name: user.name, email: user.email, website: '', text });
      const problem = findCommentProblems(input).find((p) => p.field === 'text');
      if (problem) throw commentError('COMMENT_INVALID_INPUT', problem.message, 'text');
      const id = await write(async (trx) => {
        const parent = await mustFind(trx, parentId);
        const now = clock.now().toISOString();
        // Answering a held comment approves it (as WordPress's "Approve and Reply" does): a public
        // reply under a hidden comment would make no sense. Spam and trash must be restored first.
        if (parent.status === 'pending') await updateComment(trx, parent.id, { status: 'approved', updatedAt: now });
        else if (parent.status !== 'approved') throw commentError('COMMENT_INVALID_TRANSITION', `Restore this ${parent.status} comment before replying to it.`, 'id');
        const place = placeReply(parent);
        const stored = await insertComment(trx, {
          articleId: parent.articleId, ...place,
          status: 'approved', statusBeforeTrash: null, heldReason: null, authorName: input.name.slice(0, COMMENT_LIMITS.name), authorEmail: input.email,
          authorUrl: '', authorIp: '', userAgent: '', avatarKey: avatarKey(secrets.avatar, input.email), userId: user.id, text: input.text,
          fingerprint: commentFingerprint(parent.articleId, place.parentId, input.name, input.email, input.text) + `:staff:${now}`,
          createdAt: now, updatedAt: now,
        });
        return { result: stored, tags: [cacheTags.comments(parent.articleId)] };
      });
      return this.get(id);
    },

    /** Opens or closes an article's comments. @throws COMMENT_ARTICLE_NOT_FOUND */
    async setArticleOpen(slug: string, open: boolean): Promise<{ slug: string; commentsOpen: boolean }> {
      return write(async (trx) => {
        const article = await findCommentArticle(trx, { slug });
        if (!article) throw commentError('COMMENT_ARTICLE_NOT_FOUND', `There is no article "${slug}".`, 'slug');
        await setArticleCommentsOpen(trx, article.id, open);
        return { result: { slug, commentsOpen: open }, tags: [cacheTags.comments(article.id)] };
      });
    },
  };
}

export type CommentModeration = ReturnType<typeof createCommentModeration>;
