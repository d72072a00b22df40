import type { ArticlePage } from '../../content/index.ts';
import { Layout } from './layout.tsx';
import { ArticleCard, Pagination } from './parts.tsx';
import { breadcrumbJsonLd } from './structured-data.ts';
import type { SiteView } from './view.ts';

/** A section, tag or author page: a heading, an optional blurb, and a page of articles. */
export interface ListView {
  title: string;
  description: string;
  path: string;
  currentSection?: string;
  list: ArticlePage;
}

export function ListPage({ site, view }: { site: SiteView; view: ListView }) {
  const { t } = site;
  const { list } = view;
  const pagePath = list.page > 1 ? `${view.path}?page=${list.page}` : view.path;
  return (
    <Layout site={site} meta={{ title: list.page > 1 ? `${view.title} (${t('pageOf', { page: list.page, pageCount: list.pageCount })})` : view.title,
      description: view.description || view.title, path: pagePath, ...(view.currentSection ? { currentSection: view.currentSection } : {}),
      feeds: view.path, jsonLd: breadcrumbJsonLd(site, [{ name: view.title, path: view.path }]) }}>
      <header class="list-header">
        <h1>{view.title}</h1>
        {view.description ? <p class="list-description">{view.description}</p> : null}
      </header>
      {list.items.length > 0
        ? <ul class="article-list">{list.items.map((a, i) => <li><ArticleCard article={a} t={t} level={2} eager={i < 2} /></li>)}</ul>
        : <p class="empty">{t('noArticles')}</p>}
      <Pagination path={view.path} page={list.page} pageCount={list.pageCount} t={t} />
    </Layout>
  );
}
