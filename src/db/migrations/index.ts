import type { Migration } from 'kysely';
import * as createContent from './202611250900_create-content.ts';
import * as addListingOrderIndexes from './202611251000_add-listing-order-indexes.ts';
import * as createAccounts from './202611251100_create-accounts.ts';
import * as createSetupClaim from './202611251110_create-setup-claim.ts';
import * as addArticleOwner from './202611251120_add-article-owner.ts';
import * as createApiTokens from './202611251130_create-api-tokens.ts';
import * as createWorkflow from './202611251200_create-workflow.ts';
import * as createTaxonomyRedirects from './202611251210_create-taxonomy-redirects.ts';
import * as createCorrections from './202611251220_create-corrections.ts';
import * as createMedia from './202611251230_create-media.ts';
import * as createComments from './202611251300_create-comments.ts';
import * as createPasswordResets from './202611251800_create-password-resets.ts';
import * as addSiteTimeZone from './202611251810_add-site-time-zone.ts';
import * as addArticleSeo from './202611252000_add-article-seo.ts';
import * as createSearch from './202611252110_create-search.ts';
import * as addFeedSettings from './202611252130_add-feed-settings.ts';
import * as createTopics from './202611252120_create-topics.ts';
import * as addArticleExternalId from './202611252100_add-article-external-id.ts';

import * as createRelated from './202611252140_create-related.ts';
import * as inlineSearchVectors from './202611260100_inline-search-vectors.ts';
import * as addRelatedTopicsVersion from './202611260110_add-related-topics-version.ts';
import * as addVersionIndexes from './202611260120_add-version-indexes.ts';
/** Every migration, by name; names sort in the order they run. */
export const MIGRATIONS: Record<string, Migration> = {
  '202611250900_create-content': createContent,
  '202611251000_add-listing-order-indexes': addListingOrderIndexes,
  '202611251100_create-accounts': createAccounts,
  '202611251110_create-setup-claim': createSetupClaim,
  '202611251120_add-article-owner': addArticleOwner,
  '202611251130_create-api-tokens': createApiTokens,
  '202611251200_create-workflow': createWorkflow,
  '202611251210_create-taxonomy-redirects': createTaxonomyRedirects,
  '202611251220_create-corrections': createCorrections,
  '202611251230_create-media': createMedia,
  '202611251300_create-comments': createComments,
  '202611251800_create-password-resets': createPasswordResets,
  '202611251810_add-site-time-zone': addSiteTimeZone,
  '202611252000_add-article-seo': addArticleSeo,
  '202611252110_create-search': createSearch,
  '202611252130_add-feed-settings': addFeedSettings,
  '202611252120_create-topics': createTopics,
  '202611252100_add-article-external-id': addArticleExternalId,
  '202611252140_create-related': createRelated,
  '202611260100_inline-search-vectors': inlineSearchVectors,
  '202611260110_add-related-topics-version': addRelatedTopicsVersion,
  '202611260120_add-version-indexes': addVersionIndexes,
};
