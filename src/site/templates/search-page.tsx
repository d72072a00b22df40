import type { Section } from '../../content/index.ts';
import type { SearchOutcome } from '../../search/index.ts';
import { Layout } from './layout.tsx';
import { Time, articleHref } from './parts.tsx';
import type { SiteView } from './view.ts';

/** What the reader asked for, as the form shows it back. */
export interface SearchForm { q: string; section: string; from: string; to: string; /** Spelling left as typed ("search instead for"). */ exact: boolean }

/** The search page: the form, then either a problem, nothing asked yet, or a page of results. */
export interface SearchView {
  form: SearchForm;
  outcome: SearchOutcome | null;
  /** A message for a query that could not be run (too long, a bad date). */
  problem: string | null;
}

/** `/search?…` for a form with some fields changed; empty fields are left out. */
export function searchHref(form: SearchForm, changes: Partial<SearchForm & { page: number }> = {}): string {
  const all = { ...form, ...changes };
  const params = new URLSearchParams();
  for (const key of ['q', 'section', 'from', 'to'] as const) if (all[key]) params.set(key, all[key]);
  if (all.exact) params.set('exact', '1');
  if (changes.page && changes.page > 1) params.set('page', String(changes.page));
  return `/search?${params.toString()}`;
}

function Filters({ form, sections, t }: { form: SearchForm; sections: Section[]; t: SiteView['t'] }) {
  return (
    <form class="search-form" role="search" aria-label={t('searchWithFilters')} action="/search" method="get">
      <p class="search-field">
        <label for="search-q">{t('searchLabel')}</label>
        <input id="search-q" type="search" name="q" value={form.q} maxLength={500} />
      </p>
      <p class="search-field">
        <label for="search-section">{t('searchSection')}</label>
        <select id="search-section" name="section">
          <option value="">{t('searchAnySection')}</option>
          {sections.map((s) => <option value={s.slug} selected={s.slug === form.section}>{s.name}</option>)}
        </select>
      </p>
      <p class="search-field">
        <label for="search-from">{t('searchFrom')}</label>
        <input id="search-from" type="date" name="from" value={form.from} />
      </p>
      <p class="search-field">
        <label for="search-to">{t('searchTo')}</label>
        <input id="search-to" type="date" name="to" value={form.to} />
      </p>
      <p class="search-field"><button type="submit">{t('searchButton')}</button></p>
    </form>
  );
}

function countText(outcome: SearchOutcome, t: SiteView['t']): string {
  const query = outcome.correctedQuery ?? outcome.query;
  if (outcome.total === 0) return t('searchCountNone', { query });
  return outcome.total === 1 ? t('searchCountOne', { query }) : t('searchCountMany', { count: outcome.total, query });
}

function Results({ view, t }: { view: SearchView & { outcome: SearchOutcome }; t: SiteView['t'] }) {
  const { outcome, form } = view;
  return (
    <>
      {outcome.correctedQuery ? (
        <p class="search-correction">
          {t('searchShowingFor')} <a href={searchHref(form, { q: outcome.correctedQuery, exact: false })}><strong>{outcome.correctedQuery}</strong></a>.{' '}
          {t('searchInsteadFor')} <a href={searchHref(form, { exact: true })}>{outcome.query}</a>.
        </p>
      ) : null}
      {outcome.suggestion ? (
        <p class="search-correction">{t('searchDidYouMean')} <a href={searchHref(form, { q: outcome.suggestion, exact: false })}><strong>{outcome.suggestion}</strong></a>?</p>
      ) : null}
      {outcome.results.length > 0 ? (
        <ol class="search-results" start={(outcome.page - 1) * outcome.limit + 1}>
          {outcome.results.map((r) => (
            <li class="search-result">
              <a class="section-label" href={`/${r.article.section.slug}/`}>{r.article.section.name}</a>
              {/* Both highlights are escaped by the search slice before any <mark> is added. */}
              <h2 class="card-headline"><a href={articleHref(r.article)} dangerouslySetInnerHTML={{ __html: r.headlineHtml }} /></h2>
              <p class="search-snippet" dangerouslySetInnerHTML={{ __html: r.snippetHtml }} />
              <p class="card-meta"><Time iso={r.article.publishedAt} t={t} /></p>
            </li>
          ))}
        </ol>
      ) : <p class="empty">{t('searchNoResultsHelp')}</p>}
      {outcome.pageCount > 1 ? (
        <nav class="pagination" aria-label={t('searchPages')}>
          {outcome.page > 1 ? <a rel="prev" href={searchHref(form, { page: outcome.page - 1 })}>{t('searchPrevious')}</a> : <span />}
          <span class="pagination-status">{t('pageOf', { page: outcome.page, pageCount: outcome.pageCount })}</span>
          {outcome.page < outcome.pageCount ? <a rel="next" href={searchHref(form, { page: outcome.page + 1 })}>{t('searchNext')}</a> : <span />}
        </nav>
      ) : null}
    </>
  );
}

/** The reader's search page; never indexed by search engines. */
export function SearchPage({ site, view }: { site: SiteView; view: SearchView }) {
  const { t } = site;
  const { outcome } = view;
  const status = view.problem ?? (outcome ? countText(outcome, t) : '');
  // The count leads the title too, so a screen reader hears it as the page loads.
  const title = outcome ? `${status} ${t('searchTitle')}` : t('searchTitle');
  return (
    <Layout site={site} meta={{ title, description: t('searchDescription'), path: '/search', noindex: true }}>
      <header class="list-header"><h1>{view.form.q ? t('searchTitleFor', { query: view.form.q }) : t('searchTitle')}</h1></header>
      <Filters form={view.form} sections={site.sections} t={t} />
      <p class={view.problem ? 'search-status search-problem' : 'search-status'} role="status">{status}</p>
      {outcome && !view.problem ? <Results view={{ ...view, outcome }} t={t} /> : null}
    </Layout>
  );
}
