import { Type, type Static } from '@sinclair/typebox';
import { Limit, PageNumber, SlugString as Slug } from './article.schema.ts';
import { ARTICLE_STATUSES } from './content.table.ts';
import { NEWSROOM_SORTS } from './newsroom.repository.ts';

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
  embargoUntil: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'Not public before this time, whatever happens; null lifts it.' })),
  language: Type.Optional(Type.String({ pattern: '^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$' })),
  image: Type.Optional(Type.Union([Type.Null(), Type.Object({
    url: Type.String({ minLength: 1, maxLength: 2000 }),
    alt: Type.String({ maxLength: 500 }),
    caption: Type.String({ maxLength: 1000 }),
    credit: Type.String({ maxLength: 300 }),
    width: Type.Union([Type.Integer({ minimum: 1, maximum: 20000 }), Type.Null()]),
    height: Type.Union([Type.Integer({ minimum: 1, maximum: 20000 }), Type.Null()]),
  }, { additionalProperties: false })])),
  seoTitle: Type.Optional(Type.String({ maxLength: 200, description: 'The title search engines and link previews show; empty: the headline.' })),
  seoDescription: Type.Optional(Type.String({ maxLength: 400, description: 'Their description; empty: the standfirst.' })),
}, { additionalProperties: false });
export type ArticleWriteBody = Static<typeof ArticleWriteBody>;

/** A save of an existing article names the revision it was edited from, so nobody's newer save is overwritten. */
export const ArticleUpdateBody = Type.Composite([ArticleWriteBody, Type.Object({
  baseRevision: Type.Integer({ minimum: 0, maximum: 2_147_483_647, description: 'The `revision` the editor loaded; a newer one on the server answers 409 CONTENT_EDIT_CONFLICT.' }),
})], { additionalProperties: false });
export type ArticleUpdateBody = Static<typeof ArticleUpdateBody>;

export const ArticleStatusJson = Type.Union(ARTICLE_STATUSES.map((s) => Type.Literal(s)));

/** Text typed into a search box. PostgreSQL refuses NUL in any text parameter, so it is refused here. */
export const SearchText = (maxLength: number, description: string) =>
  Type.String({ maxLength, pattern: '^[^\\u0000]*$', description: `${description}, in any case; at most ${maxLength} characters` });

export const NewsroomListQuery = Type.Object({
  status: Type.Optional(Type.Union(ARTICLE_STATUSES.map((s) => Type.Literal(s)))),
  q: Type.Optional(SearchText(200, 'part of the headline or slug')),
  section: Type.Optional(Slug),
  author: Type.Optional(Slug),
  tag: Type.Optional(Slug),
  sort: Type.Union(NEWSROOM_SORTS.map((s) => Type.Literal(s)), {
    default: 'updated', description: 'updated, published, headline or created: descending (newest first, Z to A); with a leading "-", ascending',
  }),
  page: PageNumber,
  limit: Limit,
}, { additionalProperties: false });

const Ref = Type.Object({ name: Type.String(), slug: Type.String() });
const When = Type.Union([Type.String(), Type.Null()]);

export const NewsroomListJson = Type.Object({
  items: Type.Array(Type.Object({
    id: Type.Integer(), slug: Type.String(), headline: Type.String(), status: Type.String(),
    publishedAt: When, updatedAt: Type.String(), createdAt: Type.String(),
    scheduledFor: Type.Union([Type.String(), Type.Null()], { description: 'when the pending scheduled publication runs; null when none is pending' }),
    embargoUntil: When, revision: Type.Integer(),
    section: Ref, authors: Type.Array(Ref), tags: Type.Array(Ref),
    createdBy: Type.Union([Type.Object({ id: Type.Integer(), name: Type.String() }), Type.Null()], { description: 'null for imports, the demo and the command line' }),
  })),
  page: Type.Integer(), limit: Type.Integer(), total: Type.Integer(), pageCount: Type.Integer(),
});

export const AdminSlugParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export type AdminSlugParams = Static<typeof AdminSlugParams>;

export const EditableArticleJson = Type.Object({
  id: Type.Integer(),
  slug: Type.String(),
  status: ArticleStatusJson,
  headline: Type.String(),
  standfirst: Type.String(),
  bodyHtml: Type.String(),
  section: Ref,
  authors: Type.Array(Ref),
  tags: Type.Array(Ref),
  publishedAt: Type.Union([Type.String(), Type.Null()], { description: 'When it went (or goes, if scheduled) public; null for drafts.' }),
  updatedAt: Type.String(),
  language: Type.String(),
  revision: Type.Integer({ description: 'Send it back as `baseRevision` when saving.' }),
  embargoUntil: Type.Union([Type.String(), Type.Null()]),
  image: Type.Union([Type.Null(), Type.Object({
    url: Type.String(), alt: Type.String(), caption: Type.String(), credit: Type.String(),
    width: Type.Union([Type.Integer(), Type.Null()]), height: Type.Union([Type.Integer(), Type.Null()]),
  })]),
  path: Type.String({ description: 'Where the article is (or will be) on the public site.' }),
  seoTitle: Type.String({ description: 'Empty: the headline is used.' }),
  seoDescription: Type.String({ description: 'Empty: the standfirst is used.' }),
});
