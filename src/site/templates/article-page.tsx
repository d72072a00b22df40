import type { Article, ArticleSummary } from '../../content/index.ts';
import type { Correction } from '../../content/index.ts';
import type { CommentsView } from '../../comments/index.ts';
import { CommentsSection, type CommentFormState, type ReplyTarget } from './comments-section.tsx';
import { CorrectionNote, CorrectionsBox, correctionJsonLd } from './corrections-page.tsx';
import { Layout } from './layout.tsx';
import { MediaImage } from './media-image.tsx';
import { ArticleCard, Byline, Time, articleHref } from './parts.tsx';
import { breadcrumbJsonLd, publisherId, publisherJsonLd } from './structured-data.ts';
import { absoluteUrl, type PageMeta, type SiteView } from './view.ts';

/** Everything the article page shows. */
export interface ArticleView {
  article: Article;
  related: ArticleSummary[];
  description: string;
  /** People, places and organisations the article names that have topic pages. */
  topics?: { slug: string; name: string }[];
  /** Corrections and clarifications, oldest first; none when left out. */
  corrections?: Correction[];
  /** Set when shown through a secret preview link: not public yet, never indexed. */
  preview?: { status: string; expiresAt: string };
  /** The comment threads and form; none on a preview. */
  comments?: CommentsView;
  /** What the reader typed when the form comes back with problems. */
  commentForm?: CommentFormState;
  /** The comment the form replies to (the Reply link without JavaScript). */
  replyTo?: ReplyTarget | null;
}

/** The article page, in the order readers expect: label, headline, standfirst, byline, image, body, tags, share, related. */
export function ArticlePage({ site, view }: { site: SiteView; view: ArticleView }) {
  const { article, related } = view;
  const { t } = site;
  const path = articleHref(article);
  const url = absoluteUrl(site.siteUrl, path);
  const meta: PageMeta = {
    title: article.seoTitle || article.headline,
    description: view.description,
    path,
    currentSection: article.section.slug,
    ogType: 'article',
    image: article.image,
    article: { publishedAt: article.publishedAt, updatedAt: article.updatedAt, section: article.section.name, tags: article.tags.map((x) => x.name) },
    // The article first (search engines and our tests read it there), then who publishes it and where it sits.
    jsonLd: [newsArticleJsonLd(site, view, url), publisherJsonLd(site),
      breadcrumbJsonLd(site, [{ name: article.section.name, path: `/${article.section.slug}/` }, { name: article.headline, path }])],
    ...(view.comments && view.comments.page > 1 ? { path: `${path}comment-page-${view.comments.page}/` } : {}),
    ...(view.preview ? { noindex: true } : {}),
  };
  const shareText = encodeURIComponent(article.headline);
  const shareUrl = encodeURIComponent(url);
  const updated = article.updatedAt > article.publishedAt;
  return (
    <Layout site={site} meta={meta}>
      {view.preview ? (
        <p class="preview-banner" role="status">{t('previewBanner', { status: t(`status_${view.preview.status}` as 'status_draft') })} <Time iso={view.preview.expiresAt} t={t} /></p>
      ) : null}
      <article class="article" lang={article.language !== site.settings.language ? article.language : undefined}>
        <header class="article-header">
          <a class="section-label" href={`/${article.section.slug}/`}>{article.section.name}</a>
          <h1 class="headline">{article.headline}</h1>
          {article.standfirst ? <p class="standfirst">{article.standfirst}</p> : null}
          <div class="article-meta">
            <Byline authors={article.authors} t={t} />
            <p class="dates">
              <span>{t('published')} <Time iso={article.publishedAt} t={t} /></span>
              {updated ? <span> · {t('updated')} <Time iso={article.updatedAt} t={t} /></span> : null}
            </p>
            <CorrectionNote corrections={view.corrections ?? []} t={t} />
          </div>
        </header>
        {article.image ? (
          <figure class="featured-image">
            {/* Above the fold: loaded at once and first. The article column is at most 42rem wide. */}
            <MediaImage image={article.image} alt={article.image.alt} eager highPriority sizes="(min-width: 42rem) 42rem, 100vw" />
            {article.image.caption || article.image.credit ? (
              <figcaption>
                {article.image.caption}
                {article.image.credit ? <span class="credit"> {t('imageCredit', { credit: article.image.credit })}</span> : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        {/* The body was sanitised to the allow-listed subset when it was written. */}
        <div class="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        <CorrectionsBox corrections={view.corrections ?? []} t={t} />
        <footer class="article-footer">
          {article.tags.length > 0 ? (
            <div class="tags">
              <h2 class="label">{t('tags')}</h2>
              <ul>{article.tags.map((tag) => <li><a href={`/tag/${tag.slug}/`} rel="tag">{tag.name}</a></li>)}</ul>
            </div>
          ) : null}
          {view.topics && view.topics.length > 0 ? (
            <div class="tags topics">
              <h2 class="label">{t('topics')}</h2>
              <ul>{view.topics.map((topic) => <li><a href={`/topic/${topic.slug}/`}>{topic.name}</a></li>)}</ul>
            </div>
          ) : null}
          <div class="share">
            <h2 class="label">{t('share')}</h2>
            <ul>
              <li><a href={`mailto:?subject=${shareText}&body=${shareUrl}`}>{t('shareEmail')}</a></li>
              <li><a href={`https://bsky.app/intent/compose?text=${shareText}%20${shareUrl}`} rel="noopener noreferrer">Bluesky</a></li>
              <li><a href={`https://www.facebook.com/sharer/sharer.php?u=${shareUrl}`} rel="noopener noreferrer">Facebook</a></li>
              <li><a href={`https://www.linkedin.com/sharing/share-offsite/?url=${shareUrl}`} rel="noopener noreferrer">LinkedIn</a></li>
              <li><a href={`https://x.com/intent/post?url=${shareUrl}&text=${shareText}`} rel="noopener noreferrer">X</a></li>
            </ul>
          </div>
        </footer>
      </article>
      {related.length > 0 ? (
        <section class="related" aria-labelledby="related-heading">
          <h2 id="related-heading">{t('relatedArticles')}</h2>
          <ul class="card-grid">{related.map((r) => <li><ArticleCard article={r} t={t} /></li>)}</ul>
        </section>
      ) : null}
      {view.comments ? <CommentsSection view={view.comments} articlePath={path} t={t} form={view.commentForm} replyTo={view.replyTo} /> : null}
    </Layout>
  );
}

function newsArticleJsonLd(site: SiteView, view: ArticleView, url: string) {
  const { article } = view;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.headline,
    description: view.description,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    correction: correctionJsonLd(view.corrections ?? [], site.t),
    commentCount: view.comments?.count,
    articleSection: article.section.name,
    keywords: article.tags.map((x) => x.name),
    inLanguage: article.language,
    image: article.image ? [absoluteUrl(site.siteUrl, article.image.url)] : undefined,
    author: article.authors.map((a) => ({ '@type': 'Person', name: a.name, url: absoluteUrl(site.siteUrl, `/author/${a.slug}/`) })),
    publisher: { '@type': 'NewsMediaOrganization', '@id': publisherId(site), name: site.settings.title, url: site.siteUrl + '/' },
  };
}
