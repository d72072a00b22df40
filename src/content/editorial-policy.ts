import { can, forbidden, type SignedInUser } from '../accounts/index.ts';
import type { ArticleStatus } from './content.table.ts';

/** What a change would do to an article, for the permission check. */
export interface EditorialChange {
  /** The article as it is now; null when creating one. */
  current: { status: string; createdBy: number | null } | null;
  /** The status the change asks for. */
  status: string;
}

/**
 * Whose articles `user` may list in the newsroom: everyone's with the edit-any permission, else
 * their own (`createdBy`). @throws ACCOUNTS_FORBIDDEN for a role that edits no articles.
 */
export function newsroomListScope(user: SignedInUser): { createdBy?: number } {
  if (can(user.role, 'article.edit.any')) return {};
  if (can(user.role, 'article.edit.own')) return { createdBy: user.id };
  throw forbidden('Your role does not work on articles.');
}

/** Whether `user` may open `article` in the newsroom: anyone who may edit it. @throws ACCOUNTS_FORBIDDEN */
export function authoriseArticleView(user: SignedInUser, article: { createdBy: number | null }): void {
  const own = article.createdBy === user.id;
  if (!(can(user.role, 'article.edit.any') || (own && can(user.role, 'article.edit.own')))) {
    throw forbidden('Your role cannot open this article.');
  }
}

/**
 * Decides whether `user` may make `change`, by the role matrix: contributors write drafts of
 * their own; authors also publish (and keep editing) their own; editors and administrators work
 * on anyone's. Publishing, or touching what is published, needs the publish permission.
 * @throws ACCOUNTS_FORBIDDEN
 */
export function authoriseArticleChange(user: SignedInUser, change: EditorialChange): void {
  const own = change.current === null || change.current.createdBy === user.id;
  if (change.current === null) {
    if (!can(user.role, 'article.create')) throw forbidden('Your role cannot write articles.');
  } else if (!(can(user.role, 'article.edit.any') || (own && can(user.role, 'article.edit.own')))) {
    throw forbidden('Your role cannot edit this article.');
  }
  const publishing = change.status === 'published' || change.status === 'scheduled' || change.current?.status === 'published' || change.current?.status === 'scheduled';
  if (publishing && !(can(user.role, 'article.publish.any') || (own && can(user.role, 'article.publish.own')))) {
    throw forbidden(change.current?.status === 'published' ? 'Your role cannot change a published article.' : 'Your role cannot publish this article.');
  }
}

/** The workflow actions and what each needs: to edit the article, to publish it, or to review anyone's. */
export const WORKFLOW_ACTIONS = ['submit', 'send-back', 'schedule', 'publish', 'unschedule', 'unpublish'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** From which states each action may start, and where it leads. */
export const WORKFLOW_RULES: Record<WorkflowAction, { from: readonly ArticleStatus[]; to: ArticleStatus; needs: 'edit' | 'publish' | 'review' }> = {
  submit: { from: ['draft', 'unpublished'], to: 'in_review', needs: 'edit' },
  'send-back': { from: ['in_review', 'scheduled'], to: 'draft', needs: 'review' },
  schedule: { from: ['draft', 'in_review', 'scheduled', 'unpublished'], to: 'scheduled', needs: 'publish' },
  publish: { from: ['draft', 'in_review', 'scheduled', 'unpublished'], to: 'published', needs: 'publish' },
  unschedule: { from: ['scheduled'], to: 'draft', needs: 'publish' },
  unpublish: { from: ['published'], to: 'unpublished', needs: 'publish' },
};

/**
 * Whether `user` may take `action` on `article`: contributors submit their own drafts; authors
 * also schedule, publish and take down their own; only editors and administrators send anyone's
 * work back. @throws ACCOUNTS_FORBIDDEN
 */
export function authoriseTransition(user: SignedInUser, article: { createdBy: number | null }, action: WorkflowAction): void {
  authoriseArticleView(user, article);
  const own = article.createdBy === user.id;
  const needs = WORKFLOW_RULES[action].needs;
  if (needs === 'review' && !can(user.role, 'article.publish.any')) throw forbidden('Only editors can send an article back.');
  if (needs === 'publish' && !(can(user.role, 'article.publish.any') || (own && can(user.role, 'article.publish.own')))) {
    throw forbidden('Your role cannot publish this article; submit it for review instead.');
  }
}

/**
 * Whether `user` may share `article` before publication through a preview link: whoever may
 * publish it (editors any, authors their own). @throws ACCOUNTS_FORBIDDEN
 */
export function authorisePreviewLink(user: SignedInUser, article: { createdBy: number | null }): void {
  authoriseArticleView(user, article);
  const own = article.createdBy === user.id;
  if (!(can(user.role, 'article.publish.any') || (own && can(user.role, 'article.publish.own')))) {
    throw forbidden('Your role cannot share this article before publication.');
  }
}
