/**
 * Content: sections, authors, tags and articles. Readers get only published articles through
 * {@link createContentReader}; writes go through {@link createContentWriter}.
 */
export { createContentReader, type ContentReader, type HomeView } from './content.service.ts';
export { createContentWriter, type ContentWriter } from './content-writer.service.ts';
export type { ArticleInput, AuthorInput, SectionInput } from './article.input.ts';
export type { Article, EditableArticle, ArticlePage, ArticleSummary, Author, AuthorRef, FeaturedImage, Section, SectionRef, SiteSettings, SummaryDetail, TagRef } from './article.model.ts';
export type { ArticleFilter } from './article.repository.ts';
export { CONTENT_ERRORS } from './content.errors.ts';
export { cacheTags, articleCacheTags } from './cache-tags.ts';
export { createPublicationWatcher, type PublicationWatcher } from './publication-watcher.ts';
export { sanitiseBody, markdownToBody, toPlainText, truncateText } from './body.ts';
export { contentApiRoutes } from './content.routes.ts';
export { contentAdminRoutes } from './article.admin.routes.ts';
export { workflowRoutes } from './article.workflow.routes.ts';
export { createWorkflow, startScheduler, type Workflow } from './workflow.service.ts';
export { createRevisionService, type RevisionService } from './revision.service.ts';
export { createPreviewLinks, type PreviewLinks } from './preview.service.ts';
export { ARTICLE_STATUSES, type ArticleStatus } from './content.table.ts';
export { createTaxonomyWriter, type TaxonomyWriter } from './taxonomy-writer.service.ts';
export { taxonomyAdminRoutes } from './taxonomy.admin.routes.ts';
export { settingsAdminRoutes } from './settings.admin.routes.ts';
export type { TaxonomyKind } from './content.table.ts';
export { correctionsAdminRoutes } from './corrections.admin.routes.ts';
export { createCorrectionsService, type CorrectionsService, type Correction, type CorrectionEntry, type CorrectionPage } from './corrections.service.ts';
export { articlePath, presentSummary } from './article.presenter.ts';
export { PageNumber, SlugString, ErrorJson, ArticleSummaryJson } from './article.schema.ts';
export { createWriteRunner, type WriteRunner } from './content-write.ts';
export { isPublic as isPublicArticle } from './corrections.service.ts';
export { createArticleImporter, FALLBACK_SECTION_NAME, type ArticleImporter, type ImportedArticle, type ImportedArticleOutcome } from './article-import.service.ts';
export { EXTERNAL_ID_MAX } from './article.schema.ts';
