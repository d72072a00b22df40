import { Type, type Static } from '@sinclair/typebox';
import { SLUG_PATTERN } from '../common/slugify.ts';

/** Request and response schemas of the Content API, declared once and reused by routes and OpenAPI. */

export { SLUG_PATTERN };
export const SlugString = Type.String({ minLength: 1, maxLength: 120, pattern: SLUG_PATTERN });

// Numbers in query strings are matched as decimal text, not coerced: coercion turns "1e400" into
// Infinity, which slips past minimum/maximum, and accepts spellings like "0x10" or " 1".
/** A page number: 1 to 100000, plain decimal. */
export const PageNumber = Type.String({ pattern: '^(?:[1-9][0-9]{0,4}|100000)$', default: '1', description: 'page number, 1 to 100000' });
/** Items per page: 1 to 100, plain decimal. */
export const Limit = Type.String({ pattern: '^(?:[1-9][0-9]?|100)$', default: '20', description: 'items per page, 1 to 100' });

/** An identifier from the system an article was imported from: 1 to 200 characters, no control characters. */
export const EXTERNAL_ID_MAX = 200;
export const ExternalIdString = Type.String({
  minLength: 1, maxLength: EXTERNAL_ID_MAX, pattern: '^[^\\u0000-\\u001f\\u007f]+$',
  description: "only the article imported with this id (`dateline import ndjson`'s externalId), exact match",
});

export const ArticleListQuery = Type.Object({
  section: Type.Optional(SlugString),
  tag: Type.Optional(SlugString),
  author: Type.Optional(SlugString),
  externalId: Type.Optional(ExternalIdString),
  page: PageNumber,
  limit: Limit,
}, { additionalProperties: false });
export type ArticleListQuery = Static<typeof ArticleListQuery>;

export const SlugParams = Type.Object({ slug: SlugString }, { additionalProperties: false });
export type SlugParams = Static<typeof SlugParams>;

const Ref = Type.Object({ name: Type.String(), slug: Type.String() });

export const ImageJson = Type.Union([Type.Null(), Type.Object({
  url: Type.String(), alt: Type.String(), caption: Type.String(), credit: Type.String(),
  width: Type.Union([Type.Integer(), Type.Null()]), height: Type.Union([Type.Integer(), Type.Null()]),
})]);

export const ArticleSummaryJson = Type.Object({
  id: Type.Integer(),
  slug: Type.String(),
  url: Type.String(),
  headline: Type.String(),
  standfirst: Type.String(),
  section: Ref,
  authors: Type.Array(Ref),
  tags: Type.Array(Ref),
  publishedAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  image: ImageJson,
  externalId: Type.Union([Type.String(), Type.Null()], { description: 'its identifier in the system it was imported from; null when written here' }),
});
export type ArticleSummaryJson = Static<typeof ArticleSummaryJson>;

/** A correction or clarification as the Content API shows it on its article; `text` is plain text. */
export const CorrectionJson = Type.Object({
  kind: Type.Union([Type.Literal('correction'), Type.Literal('clarification')]),
  text: Type.String(),
  publishedAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const ArticleJson = Type.Intersect([ArticleSummaryJson, Type.Object({
  bodyHtml: Type.String(),
  language: Type.String(),
  corrections: Type.Array(CorrectionJson, { description: 'corrections and clarifications, oldest first' }),
  related: Type.Array(ArticleSummaryJson),
})]);
export type ArticleJson = Static<typeof ArticleJson>;

export const ArticleListJson = Type.Object({
  items: Type.Array(ArticleSummaryJson),
  page: Type.Integer(), limit: Type.Integer(), total: Type.Integer(), pageCount: Type.Integer(),
});

export const SectionListJson = Type.Object({ items: Type.Array(Type.Object({
  name: Type.String(), slug: Type.String(), description: Type.String(), url: Type.String(),
})) });
export const TagListJson = Type.Object({ items: Type.Array(Type.Object({
  name: Type.String(), slug: Type.String(), articleCount: Type.Integer(), url: Type.String(),
})) });
export const AuthorListJson = Type.Object({ items: Type.Array(Type.Object({
  name: Type.String(), slug: Type.String(), bio: Type.String(), url: Type.String(),
})) });

export const ErrorJson = Type.Object({ error: Type.Object({
  code: Type.String(), message: Type.String(), property: Type.Optional(Type.String()),
}) });
