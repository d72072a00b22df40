import { Type, type Static } from '@sinclair/typebox';
import { SlugString } from './article.schema.ts';
import { MAX_CORRECTION_TEXT } from './corrections.service.ts';

/** Admin API and Content API schemas for corrections and clarifications. */

const Kind = Type.Union([Type.Literal('correction'), Type.Literal('clarification')], { description: 'correction (an error fixed) or clarification (context added)' });
// Plain text, shown escaped everywhere; the service trims it and refuses an empty one.
const Text = Type.String({ minLength: 1, maxLength: MAX_CORRECTION_TEXT, description: 'plain text; markup is shown as typed, never rendered' });

export const CorrectionArticleParams = Type.Object({ slug: SlugString }, { additionalProperties: false });
export type CorrectionArticleParams = Static<typeof CorrectionArticleParams>;

// Matched as decimal text (as page numbers are): at most nine digits, so it always fits an integer column.
export const CorrectionParams = Type.Object({
  slug: SlugString,
  id: Type.String({ pattern: '^[1-9][0-9]{0,8}$', description: 'correction id' }),
}, { additionalProperties: false });
export type CorrectionParams = Static<typeof CorrectionParams>;

export const CorrectionCreateBody = Type.Object({ kind: Kind, text: Text }, { additionalProperties: false });
export type CorrectionCreateBody = Static<typeof CorrectionCreateBody>;

export const CorrectionPatchBody = Type.Object({ kind: Type.Optional(Kind), text: Type.Optional(Text) }, { additionalProperties: false, minProperties: 1 });
export type CorrectionPatchBody = Static<typeof CorrectionPatchBody>;

export const NewsroomCorrectionJson = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  text: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  createdBy: Type.Union([Type.Integer(), Type.Null()]),
});

export const NewsroomCorrectionListJson = Type.Object({ items: Type.Array(NewsroomCorrectionJson) });
