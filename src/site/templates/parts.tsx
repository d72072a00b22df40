import { articlePath, type ArticleSummary, type AuthorRef } from '../../content/index.ts';
import type { Translator } from '../i18n/index.ts';
import { MediaImage } from './media-image.tsx';
import { formatDate } from './view.ts';

/** The path of an article page. */
export const articleHref = articlePath;

/** "By A and B", each name linking to the author's page. */
export function Byline({ authors, t }: { authors: AuthorRef[]; t: Translator }) {
  if (authors.length === 0) return null;
  return (
    <p class="byline">
      {t('by')}{' '}
      {authors.map((a, i) => (
        <>
          {i > 0 ? (i === authors.length - 1 ? ` ${t('and')} ` : ', ') : null}
          <a href={`/author/${a.slug}/`} rel="author">{a.name}</a>
        </>
      ))}
    </p>
  );
}

export function Time({ iso, t }: { iso: string; t: Translator }) {
  return <time datetime={iso}>{formatDate(iso, t.language)}</time>;
}

// Cards are full width on narrow screens and about a third of the page (or a 14rem column) on wide ones.
const CARD_IMAGE_SIZES = '(max-width: 40rem) 100vw, 24rem';

/** One article in a list: section label, headline link, standfirst, byline, date, thumbnail. */
export function ArticleCard({ article, t, level = 3, eager = false, showImage = true, imageSizes = CARD_IMAGE_SIZES }: {
  article: ArticleSummary; t: Translator; level?: 2 | 3; eager?: boolean; showImage?: boolean; imageSizes?: string;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article class="card">
      {showImage && article.image ? (
        <MediaImage className="card-image" image={article.image} alt="" eager={eager} sizes={imageSizes} />
      ) : null}
      <div class="card-text">
        <a class="section-label" href={`/${article.section.slug}/`}>{article.section.name}</a>
        <Heading class="card-headline"><a href={articleHref(article)}>{article.headline}</a></Heading>
        {article.standfirst ? <p class="card-standfirst">{article.standfirst}</p> : null}
        <p class="card-meta"><Time iso={article.publishedAt} t={t} /></p>
      </div>
    </article>
  );
}

/** Newer/older links for a paginated list. */
export function Pagination({ path, page, pageCount, t }: { path: string; page: number; pageCount: number; t: Translator }) {
  if (pageCount <= 1) return null;
  const href = (n: number) => (n === 1 ? path : `${path}?page=${n}`);
  return (
    <nav class="pagination" aria-label={t('pagination')}>
      {page > 1 ? <a rel="prev" href={href(page - 1)}>{t('newer')}</a> : <span />}
      <span class="pagination-status">{t('pageOf', { page, pageCount })}</span>
      {page < pageCount ? <a rel="next" href={href(page + 1)}>{t('older')}</a> : <span />}
    </nav>
  );
}
