import { Type, type TSchema } from '@sinclair/typebox';
import { SearchText } from './article.admin.schema.ts';
import { Limit, PageNumber, SlugString as Slug } from './article.schema.ts';

/** Admin API schemas for sections, tags and authors; slugs and paging read as on the Content API. */

const Name = Type.String({ minLength: 1, maxLength: 200 });
const Blurb = Type.String({ maxLength: 2000 });
const Position = Type.Integer({ minimum: -100_000, maximum: 100_000 });

export const TaxonomyParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const TaxonomyListQuery = Type.Object({
  q: Type.Optional(SearchText(100, 'part of the name or slug')), page: PageNumber, limit: Limit,
}, { additionalProperties: false });

export const SectionCreateBody = Type.Object({
  name: Name, slug: Type.Optional(Slug), description: Type.Optional(Blurb), position: Type.Optional(Position),
}, { additionalProperties: false });
export const SectionPatchBody = Type.Partial(SectionCreateBody, { additionalProperties: false, minProperties: 1 });

export const TagCreateBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }), slug: Type.Optional(Slug),
}, { additionalProperties: false });
export const TagPatchBody = Type.Partial(TagCreateBody, { additionalProperties: false, minProperties: 1 });

export const AuthorCreateBody = Type.Object({
  name: Name, slug: Type.Optional(Slug), bio: Type.Optional(Blurb),
}, { additionalProperties: false });
export const AuthorPatchBody = Type.Partial(AuthorCreateBody, { additionalProperties: false, minProperties: 1 });

export const TagMergeBody = Type.Object({ into: Slug }, { additionalProperties: false });

/** Deleting something in use needs a successor (sections, authors) or `force` (tags). */
export const ReassignQuery = Type.Object({ reassignTo: Type.Optional(Slug) }, { additionalProperties: false });
export const ForceQuery = Type.Object({ force: Type.Optional(Type.Boolean()) }, { additionalProperties: false });

const counted = { id: Type.Integer(), name: Type.String(), slug: Type.String(), articleCount: Type.Integer({ description: 'articles in any status' }) };
export const SectionJson = Type.Object({ ...counted, description: Type.String(), position: Type.Integer() });
export const TagJson = Type.Object(counted);
export const AuthorJson = Type.Object({ ...counted, bio: Type.String() });

/** One page of a list, in the same shape as every other paged list. */
export const pageJson = <T extends TSchema>(item: T) => Type.Object({
  items: Type.Array(item), page: Type.Integer(), limit: Type.Integer(), total: Type.Integer(), pageCount: Type.Integer(),
});
