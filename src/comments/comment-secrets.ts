import type { Kysely } from 'kysely';
import { newSecretToken } from '../common/secret-token.ts';
import type { Database } from '../db/index.ts';
import { loadSecret } from './comment.repository.ts';

/** The keys the comments slice signs and hashes with, generated on first use, shared by every node. */
export interface CommentSecrets {
  /** Signs the time a comment form was drawn. */
  formStamp: string;
  /** Keys the hash an avatar is drawn from. */
  avatar: string;
  /** Signs the link that shows a held comment to the one who wrote it. */
  moderationView: string;
}

/** Loads (creating once) the comment secrets; the promise is kept, so this costs one read per process. */
export function createCommentSecrets(db: Kysely<Database>): () => Promise<CommentSecrets> {
  let loaded: Promise<CommentSecrets> | null = null;
  return () => {
    loaded ??= (async () => ({
      formStamp: await loadSecret(db, 'comment-form-stamp', () => newSecretToken(32)),
      avatar: await loadSecret(db, 'comment-avatar', () => newSecretToken(32)),
      moderationView: await loadSecret(db, 'comment-moderation-view', () => newSecretToken(32)),
    }))();
    return loaded.catch((error: unknown) => { loaded = null; throw error; });
  };
}
