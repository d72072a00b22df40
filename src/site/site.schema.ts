import { Type, type Static } from '@sinclair/typebox';
import { SlugString } from '../content/article.schema.ts';

/** Reader routes accept any extra query (utm_* and the like) but a page number must be one. */
export const PageQuery = Type.Object({ page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }) });
export type PageQuery = Static<typeof PageQuery>;

export const SectionParams = Type.Object({ section: SlugString }, { additionalProperties: false });
export const SlugParams = Type.Object({ slug: SlugString }, { additionalProperties: false });
export const ArticleParams = Type.Object({ section: SlugString, slug: SlugString }, { additionalProperties: false });
