import type { ColumnType, Generated } from 'kysely';

/** What a note on a published article is: a fixed error, or added context that fixes no error. */
export const CORRECTION_KINDS = ['correction', 'clarification'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** A correction or clarification of one article; times are ISO 8601 UTC text, as elsewhere. */
export interface CorrectionTable {
  id: Generated<number>;
  articleId: ColumnType<number, number, never>;
  kind: CorrectionKind;
  /** Plain text; templates and JSON escape it, nothing renders it as HTML. */
  text: string;
  /** Who wrote it; null once that user is deleted. */
  createdBy: ColumnType<number | null, number | null, never>;
  /** When readers were told: the server's clock when it was added. */
  createdAt: ColumnType<string, string, never>;
  updatedAt: string;
}

export interface CorrectionTables {
  corrections: CorrectionTable;
}
