import { Type, type Static } from '@sinclair/typebox';
import { PageNumber, SlugString } from '../content/index.ts';
import { COMMENT_LIMITS } from './comment.input.ts';
import { MODERATION_ACTIONS } from './comment-moderation.service.ts';
import { COMMENT_STATUSES, MODERATION_MODES } from './comment.table.ts';

const IdString = Type.String({ pattern: '^[1-9][0-9]{0,9}$', description: 'a comment id' });
const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const CommentParams = Type.Object({ id: IdString });
export const CommentActionParams = Type.Object({ id: IdString, action: literals(MODERATION_ACTIONS.filter((a) => a !== 'delete')) });
export const ArticleSlugParams = Type.Object({ slug: SlugString });

// PostgreSQL refuses NUL in any text parameter (a 500); the text guard covers bodies, not queries.
const QueryText = (maxLength: number) => Type.String({ maxLength, pattern: '^[^\\u0000]*$' });

export const QueueQuery = Type.Object({
  status: Type.Optional(literals(COMMENT_STATUSES)),
  article: Type.Optional(SlugString),
  email: Type.Optional(QueryText(COMMENT_LIMITS.email)),
  q: Type.Optional(QueryText(200)),
  page: PageNumber,
  perPage: Type.String({ pattern: '^(?:[1-9][0-9]?|100)$', default: '50', description: 'comments per page, 1 to 100' }),
}, { additionalProperties: false });

export const BulkBody = Type.Object({
  action: literals(MODERATION_ACTIONS),
  ids: Type.Array(Type.Integer({ minimum: 1, maximum: 2_147_483_647 }), { minItems: 1, maxItems: 500 }),
}, { additionalProperties: false });

export const EditBody = Type.Object({
  text: Type.Optional(Type.String({ minLength: 1, maxLength: COMMENT_LIMITS.text })),
  authorName: Type.Optional(Type.String({ minLength: 1, maxLength: COMMENT_LIMITS.name })),
  authorUrl: Type.Optional(Type.String({ maxLength: COMMENT_LIMITS.website })),
}, { additionalProperties: false, minProperties: 1 });

export const ReplyBody = Type.Object({ text: Type.String({ minLength: 1, maxLength: COMMENT_LIMITS.text }) }, { additionalProperties: false });

export const OpenBody = Type.Object({ open: Type.Boolean() }, { additionalProperties: false });

export const EmailBody = Type.Object({ email: Type.String({ minLength: 3, maxLength: COMMENT_LIMITS.email }) }, { additionalProperties: false });
export const EraseBody = Type.Object({
  email: Type.String({ minLength: 3, maxLength: COMMENT_LIMITS.email }),
  mode: Type.Union([Type.Literal('delete'), Type.Literal('anonymise')], { description: 'delete the comments, or keep their words under "Anonymous"' }),
}, { additionalProperties: false });

export const CommentSettingsBody = Type.Object({
  moderation: literals(MODERATION_MODES),
  closeAfterDays: Type.Integer({ minimum: 0, maximum: 36_500, description: '0: comments never close by age' }),
  holdLinks: Type.Integer({ minimum: 0, maximum: 100, description: 'hold a comment with this many links or more; 0: never' }),
  moderationWords: Type.String({ maxLength: 200_000, description: 'one per line: a comment containing one is held' }),
  blockedWords: Type.String({ maxLength: 200_000, description: 'one per line: a comment containing one goes to spam' }),
  minFormSeconds: Type.Integer({ minimum: 0, maximum: 600, description: 'a form sent back sooner than this is spam' }),
  floodSeconds: Type.Integer({ minimum: 0, maximum: 3600, description: 'least time between two comments from one address or email' }),
  notifyModerators: Type.Boolean({ description: 'email moderators about held comments (needs DATELINE_SMTP_URL)' }),
}, { additionalProperties: false });
export type CommentSettingsInput = Static<typeof CommentSettingsBody>;

export const ModeratedCommentJson = Type.Object({
  id: Type.Integer(),
  status: literals(COMMENT_STATUSES),
  heldReason: Type.Union([Type.String(), Type.Null()]),
  article: Type.Union([Type.Object({
    id: Type.Integer(), slug: Type.String(), headline: Type.String(), path: Type.String(), commentsOpen: Type.Boolean({ description: "the article's comment switch (PUT /articles/{slug}/comments); closeAfterDays may still close them by age" }),
  }), Type.Null()]),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  parent: Type.Union([Type.Object({
    id: Type.Integer(), authorName: Type.String(), status: literals(COMMENT_STATUSES), excerpt: Type.String({ description: 'the start of its text, on one line' }),
  }, { description: 'the comment this one answers' }), Type.Null()]),
  depth: Type.Integer(),
  authorName: Type.String(),
  authorEmail: Type.String(),
  authorUrl: Type.String(),
  authorIp: Type.String(),
  userAgent: Type.String(),
  avatarUrl: Type.String({ description: 'the avatar drawn on this server, a path on the site' }),
  staff: Type.Boolean(),
  text: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const QueueJson = Type.Object({
  items: Type.Array(ModeratedCommentJson),
  page: Type.Integer(), perPage: Type.Integer(), total: Type.Integer(), pageCount: Type.Integer(),
  counts: Type.Object({ pending: Type.Integer(), approved: Type.Integer(), spam: Type.Integer(), trash: Type.Integer() }),
});

export const BulkJson = Type.Object({
  results: Type.Array(Type.Object({
    id: Type.Integer(), ok: Type.Boolean(), status: Type.Optional(Type.String()),
    error: Type.Optional(Type.Object({ code: Type.String(), message: Type.String() })),
  })),
});

export const CommentSettingsJson = CommentSettingsBody;

/** A comment as the public Content API shows it: never the email, address or browser. */
export const PublicCommentJson = Type.Object({
  id: Type.Integer(),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  authorName: Type.String(),
  authorUrl: Type.String(),
  avatarUrl: Type.String(),
  staff: Type.Boolean(),
  text: Type.String(),
  createdAt: Type.String(),
});
