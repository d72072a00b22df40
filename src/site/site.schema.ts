import { Type, type Static } from '@sinclair/typebox';
import { PageNumber, SlugString } from '../content/index.ts';

/** Reader routes accept any extra query (utm_* and the like) but a page number must be one. */
export const PageQuery = Type.Object({ page: PageNumber });
export type PageQuery = Static<typeof PageQuery>;

export const SectionParams = Type.Object({ section: SlugString }, { additionalProperties: false });
export const SlugParams = Type.Object({ slug: SlugString }, { additionalProperties: false });
export const ArticleParams = Type.Object({ section: SlugString, slug: SlugString }, { additionalProperties: false });
export const CommentPageParams = Type.Object({ section: SlugString, slug: SlugString, page: Type.String({ pattern: '^[1-9][0-9]{0,4}$' }) }, { additionalProperties: false });
