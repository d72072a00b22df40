/** The related slice's tables (see migration 202611252140_create-related). */
export interface RelatedDocumentTable {
  articleId: number;
  sourceUpdatedAt: string;
  sourceStatus: string;
  sourcePublishedAt: string | null;
  /** The article's topics_version (topic_extractions) the list weighed; null: none yet. */
  sourceTopicsVersion: number | null;
}

export interface RelatedLinkTable {
  articleId: number;
  position: number;
  relatedId: number;
  score: number;
}

export type RelatedOverrideKind = 'pin' | 'exclude';

export interface RelatedOverrideTable {
  articleId: number;
  relatedId: number;
  kind: RelatedOverrideKind;
  position: number;
}

export interface RelatedTables {
  relatedDocuments: RelatedDocumentTable;
  relatedLinks: RelatedLinkTable;
  relatedOverrides: RelatedOverrideTable;
}
