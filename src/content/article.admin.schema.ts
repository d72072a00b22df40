import { Type, type Static } from '@sinclair/typebox';
import { Limit, PageNumber, SlugString as Slug } from './article.schema.ts';

/** Admin API schemas for writing articles; slugs and paging read as on the Content API. */

export const ArticleWriteBody = Type.Object({
  headline: Type.String({ minLength: 1, maxLength: 300 }),
  slug: Type.Optional(Slug),
  standfirst: Type.Optional(Type.String({ maxLength: 1000 })),
  body: Type.Optional(Type.String({ maxLength: 2_000_000 })),
  bodyFormat: Type.Optional(Type.Union([Type.Literal('html'), Type.Literal('markdown')])),
  sectionSlug: Slug,
  authorSlugs: Type.Array(Slug, { minItems: 1, maxItems: 10 }),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 30 })),
  status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('published')])),
  publishedAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
  language: Type.Optional(Type.String({ pattern: '^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$' })),
  image: Type.Optional(Type.Union([Type.Null(), Type.Object({
    url: Type.String({ minLength: 1, maxLength: 2000 }),
    alt: Type.String({ maxLength: 500 }),
    caption: Type.String({ maxLength: 1000 }),
    credit: Type.String({ maxLength: 300 }),
    width: Type.Union([Type.Integer({ minimum: 1, maximum: 20000 }), Type.Null()]),
    height: Type.Union([Type.Integer({ minimum: 1, maximum: 20000 }), Type.Null()]),
  }, { additionalProperties: false })])),
}, { additionalProperties: false });
export type ArticleWriteBody = Static<typeof ArticleWriteBody>;

export const NewsroomListQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('scheduled'), Type.Literal('published')])),
  page: PageNumber,
  limit: Limit,
}, { additionalProperties: false });

export const NewsroomListJson = Type.Object({
  items: Type.Array(Type.Object({
    id: Type.Integer(), slug: Type.String(), headline: Type.String(), status: Type.String(),
    publishedAt: Type.Union([Type.String(), Type.Null()]), updatedAt: Type.String(),
    section: Type.Object({ name: Type.String(), slug: Type.String() }),
  })),
  page: Type.Integer(), limit: Type.Integer(), total: Type.Integer(), pageCount: Type.Integer(),
});

export const AdminSlugParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export type AdminSlugParams = Static<typeof AdminSlugParams>;

const Ref = Type.Object({ name: Type.String(), slug: Type.String() });

export const EditableArticleJson = Type.Object({
  id: Type.Integer(),
  slug: Type.String(),
  status: Type.String(),
  headline: Type.String(),
  standfirst: Type.String(),
  bodyHtml: Type.String(),
  section: Ref,
  authors: Type.Array(Ref),
  tags: Type.Array(Ref),
  publishedAt: Type.String(),
  updatedAt: Type.String(),
  language: Type.String(),
});
