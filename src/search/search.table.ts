/** One article's search document; the FTS5 table (SQLite) or `document` tsvector (PostgreSQL) sit beside it. */
export interface SearchDocumentTable {
  articleId: number;
  /** A hash of what the document was made from; a sweep re-indexes when the article's differs. */
  sourceKey: string;
  /** The body as plain text, for snippets. */
  bodyText: string;
  /** The document's distinct normalised words, space-separated, to count the vocabulary down. */
  terms: string;
}

/** The index vocabulary: each normalised word and how many documents hold it. */
export interface SearchTermTable {
  term: string;
  docCount: number;
}

export interface SearchTables {
  searchDocuments: SearchDocumentTable;
  searchTerms: SearchTermTable;
}
