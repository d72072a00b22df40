import type { Static } from '@sinclair/typebox';
import { commentExcerpt } from './comment-text.tsx';
import type { CommentNode } from './comment-thread.service.ts';
import type { ModeratedComment } from './comment-moderation.service.ts';
import type { ModeratedCommentJson, PublicCommentJson } from './comment.schema.ts';

/** How much of the answered comment a reply in the queue carries: enough to place it. */
export const PARENT_EXCERPT_LENGTH = 280;

/** The newsroom's view of a comment: an explicit list, email and address included. */
export function presentModerated(c: ModeratedComment): Static<typeof ModeratedCommentJson> {
  const { article, parent } = c;
  return {
    id: c.id, status: c.status, heldReason: c.heldReason, parentId: c.parentId, depth: c.depth,
    article: article ? { id: article.id, slug: article.slug, headline: article.headline, path: article.path, commentsOpen: article.commentsOpen } : null,
    parent: parent ? { id: parent.id, authorName: parent.authorName, status: parent.status, excerpt: commentExcerpt(parent.text, PARENT_EXCERPT_LENGTH) } : null,
    authorName: c.authorName, authorEmail: c.authorEmail, authorUrl: c.authorUrl, authorIp: c.authorIp, userAgent: c.userAgent,
    avatarUrl: avatarPath(c.avatarKey), staff: c.userId !== null, text: c.text, createdAt: c.createdAt, updatedAt: c.updatedAt,
  };
}

/** The avatar's address: drawn from the keyed hash, never from the email. */
export function avatarPath(key: string): string {
  return `/avatars/${key}.svg`;
}

/**
 * Approved comments as the Content API lists them, flattened oldest first within each thread.
 * Only what a page shows: never the email, address or browser.
 */
export function presentPublicThreads(threads: CommentNode[], siteUrl: string): Static<typeof PublicCommentJson>[] {
  const out: Static<typeof PublicCommentJson>[] = [];
  const walk = (nodes: CommentNode[], parentId: number | null) => {
    for (const n of nodes) {
      if (!n.removed && !n.awaitingModeration) {
        out.push({
          id: n.id, parentId, authorName: n.authorName, authorUrl: n.authorUrl, avatarUrl: siteUrl + avatarPath(n.avatarKey),
          staff: n.staff, text: n.text, createdAt: n.createdAt,
        });
      }
      walk(n.replies, n.id);
    }
  };
  walk(threads, null);
  return out;
}
