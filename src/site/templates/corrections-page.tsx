import { articlePath, type Correction, type CorrectionPage } from '../../content/index.ts';
import type { MessageKey, Translator } from '../i18n/index.ts';
import { Layout } from './layout.tsx';
import { Time } from './parts.tsx';
import type { SiteView } from './view.ts';

/** The public log's address. */
export const CORRECTIONS_PATH = '/corrections/';

/** The log of every correction and clarification of a published article, newest first. */
export function CorrectionsPage({ site, list }: { site: SiteView; list: CorrectionPage }) {
  const { t } = site;
  const title = t('correctionsTitle');
  const pagePath = list.page > 1 ? `${CORRECTIONS_PATH}?page=${list.page}` : CORRECTIONS_PATH;
  return (
    <Layout site={site} meta={{ title: list.page > 1 ? `${title} (${t('pageOf', { page: list.page, pageCount: list.pageCount })})` : title,
      description: t('correctionsDescription'), path: pagePath }}>
      <header class="list-header">
        <h1>{title}</h1>
        <p class="list-description">{t('correctionsDescription')}</p>
      </header>
      {list.items.length > 0 ? (
        <ol class="correction-log">
          {list.items.map((c) => (
            <li>
              <article class="correction-entry">
                <h2><a href={articlePath(c.article)}>{c.article.headline}</a></h2>
                <p class="correction-meta"><strong>{t(c.kind)}</strong> · <Time iso={c.createdAt} t={t} /></p>
                <p class="correction-text">{c.text}</p>
              </article>
            </li>
          ))}
        </ol>
      ) : <p class="empty">{t('noCorrections')}</p>}
      {list.pageCount > 1 ? (
        <nav class="pagination" aria-label={t('pagination')}>
          {list.page > 1 ? <a rel="prev" href={list.page === 2 ? CORRECTIONS_PATH : `${CORRECTIONS_PATH}?page=${list.page - 1}`}>{t('newerCorrections')}</a> : <span />}
          <span class="pagination-status">{t('pageOf', { page: list.page, pageCount: list.pageCount })}</span>
          {list.page < list.pageCount ? <a rel="next" href={`${CORRECTIONS_PATH}?page=${list.page + 1}`}>{t('olderCorrections')}</a> : <span />}
        </nav>
      ) : null}
    </Layout>
  );
}

/** A line near the top of a corrected article pointing readers to the box at its end. */
export function CorrectionNote({ corrections, t }: { corrections: Correction[]; t: Translator }) {
  if (corrections.length === 0) return null;
  const corrected = corrections.some((c) => c.kind === 'correction');
  return (
    <p class="correction-note">
      {t(corrected ? 'correctedNote' : 'clarifiedNote')} <a href="#corrections">{t('seeCorrectionNote')}</a>
    </p>
  );
}

/**
 * The marked box at the end of a corrected article (where newsrooms customarily print them),
 * oldest first. One landmark holds them all, so its name stays unique however many there are.
 */
export function CorrectionsBox({ corrections, t }: { corrections: Correction[]; t: Translator }) {
  if (corrections.length === 0) return null;
  const several = corrections.length > 1;
  return (
    <aside class="corrections" id="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{t(boxHeading(corrections))}</h2>
      <ul class="correction-list">
        {corrections.map((c) => (
          <li class="correction" id={`correction-${c.id}`}>
            <p class="correction-meta">{several ? <><strong>{t(c.kind)}</strong> · </> : null}<Time iso={c.createdAt} t={t} /></p>
            <p class="correction-text">{c.text}</p>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The NewsArticle's `correction` property: one schema.org CorrectionComment each, or nothing. */
export function correctionJsonLd(corrections: Correction[], t: Translator) {
  if (corrections.length === 0) return undefined;
  return corrections.map((c) => ({
    '@type': 'CorrectionComment',
    name: t(c.kind),
    text: c.text,
    datePublished: c.createdAt,
    ...(c.updatedAt !== c.createdAt ? { dateModified: c.updatedAt } : {}),
  }));
}

function boxHeading(corrections: Correction[]): MessageKey {
  const kinds = new Set(corrections.map((c) => c.kind));
  if (kinds.size > 1) return 'correctionsAndClarifications';
  const one = corrections.length === 1;
  return kinds.has('correction') ? (one ? 'correction' : 'corrections') : (one ? 'clarification' : 'clarifications');
}
