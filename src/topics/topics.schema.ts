import { Type } from '@sinclair/typebox';
import { PageNumber, SlugString } from '../content/index.ts';

/** Admin API schemas for topics. */

// PostgreSQL cannot store a NUL character in text.
const NO_NUL = '^[^\\u0000]*$';

export const TopicParams = Type.Object({ slug: SlugString }, { additionalProperties: false });
export const TopicListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, pattern: NO_NUL, description: 'part of the name or slug' })), page: PageNumber,
}, { additionalProperties: false });

export const TopicPutBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: NO_NUL })),
  slug: Type.Optional(SlugString),
  hidden: Type.Optional(Type.Boolean()),
  confirmed: Type.Optional(Type.Boolean({ description: 'an editor vouches for it: it has a page below two articles' })),
}, { additionalProperties: false, minProperties: 1 });

export const TopicMergeBody = Type.Object({ into: SlugString }, { additionalProperties: false });

const SlugOrName = Type.String({ minLength: 1, maxLength: 200, pattern: NO_NUL, description: "a topic's slug or a name" });
export const ArticleTopicsBody = Type.Object({
  confirmed: Type.Array(SlugOrName, { maxItems: 100 }),
  rejected: Type.Array(SlugOrName, { maxItems: 100 }),
}, { additionalProperties: false });

const Kind = Type.Union([Type.Literal('person'), Type.Literal('place'), Type.Literal('organization')]);
const topicFields = { id: Type.Integer(), slug: Type.String(), name: Type.String(), kind: Kind };
export const TopicRefJson = Type.Object(topicFields);
export const AdminTopicJson = Type.Object({
  ...topicFields, hidden: Type.Boolean(), confirmed: Type.Boolean(),
  articleCount: Type.Integer({ description: 'articles in any status' }), publishedCount: Type.Integer({ description: 'articles readers can see' }),
  hasPage: Type.Boolean(),
});
export const TopicPageJson = Type.Object({
  items: Type.Array(AdminTopicJson), page: Type.Integer(), limit: Type.Integer(), total: Type.Integer(), pageCount: Type.Integer(),
});
const ArticleTopicJson = Type.Object({ ...topicFields, hasPage: Type.Boolean(), mentions: Type.Integer() });
export const ArticleTopicsJson = Type.Object({
  suggested: Type.Array(ArticleTopicJson), confirmed: Type.Array(ArticleTopicJson), rejected: Type.Array(TopicRefJson),
});
