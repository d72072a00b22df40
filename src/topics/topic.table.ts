import type { Generated } from 'kysely';
import type { TopicKind } from './topic-extract.ts';

/** A person, place or organisation articles name. */
export interface TopicTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: TopicKind;
  /** 1: no page, never linked, whatever its count. */
  hidden: number;
  /** 1: an editor vouched for it, so it has a page below the two-article threshold. */
  confirmed: number;
  /** Set when merged: the topic that took its articles; its slug redirects there. */
  mergedInto: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A spelling (see nameKey) that leads to a topic. */
export interface TopicAliasTable { key: string; topicId: number }

/** An old slug of a renamed topic. */
export interface TopicRedirectTable { oldSlug: string; topicId: number }

export type ArticleTopicSource = 'extracted' | 'editor';

/** A topic an article names (extracted) or an editor confirmed for it. */
export interface ArticleTopicTable { articleId: number; topicId: number; source: ArticleTopicSource; mentions: number }

/** A topic an editor took off an article. */
export interface ArticleTopicRejectionTable { articleId: number; topicId: number }

/**
 * The sweep's record of what it last extracted from an article. `topicsVersion` counts changes
 * of the article's topics, extracted or edited by an editor: related lists follow it.
 */
export interface TopicExtractionTable { articleId: number; sourceUpdatedAt: string; visible: number; extractedAt: string; topicsVersion: Generated<number> }

export interface TopicTables {
  topics: TopicTable;
  topicAliases: TopicAliasTable;
  topicRedirects: TopicRedirectTable;
  articleTopics: ArticleTopicTable;
  articleTopicRejections: ArticleTopicRejectionTable;
  topicExtractions: TopicExtractionTable;
}
