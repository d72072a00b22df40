import { Type, type Static } from '@sinclair/typebox';
import { ArticleSummaryJson, PageNumber, SlugString } from '../content/index.ts';

/** Request and response schemas of GET /api/v1/search. */

export const SearchQuery = Type.Object({
  q: Type.String({ default: '', description: 'the words to find; at most 500 characters; any text is safe (operators are not syntax)' }),
  section: Type.Optional(SlugString),
  from: Type.Optional(Type.String({ description: 'published on or after: YYYY-MM-DD (UTC day) or an ISO 8601 time' })),
  to: Type.Optional(Type.String({ description: 'published on or before: YYYY-MM-DD (the whole UTC day) or an ISO 8601 time' })),
  exact: Type.Optional(Type.Union([Type.Literal('0'), Type.Literal('1')], { description: '1: search the words as given, without correcting their spelling' })),
  page: PageNumber,
  limit: Type.String({ pattern: '^(?:[1-9]|[1-4][0-9]|50)$', default: '10', description: 'results per page, 1 to 50' }),
}, { additionalProperties: false });
export type SearchQuery = Static<typeof SearchQuery>;

export const SearchResultJson = Type.Intersect([ArticleSummaryJson, Type.Object({
  highlight: Type.Object({
    headline: Type.String({ description: 'the headline as escaped HTML, matched words in <mark>' }),
    snippet: Type.String({ description: 'an extract of the body as escaped HTML, matched words in <mark>' }),
  }),
})]);

export const SearchResponseJson = Type.Object({
  query: Type.String(),
  correctedQuery: Type.Union([Type.String(), Type.Null()], { description: 'the query searched instead, when a word matched nothing and a close word does' }),
  suggestion: Type.Union([Type.String(), Type.Null()], { description: 'a likelier spelling, not searched ("did you mean")' }),
  items: Type.Array(SearchResultJson),
  page: Type.Integer(), limit: Type.Integer(), total: Type.Integer(), pageCount: Type.Integer(),
});
