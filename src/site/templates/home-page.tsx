import type { HomeView } from '../../content/index.ts';
import { Layout } from './layout.tsx';
import { ArticleCard } from './parts.tsx';
import { publisherJsonLd } from './structured-data.ts';
import type { SiteView } from './view.ts';

/** The front page: the lead story, then the newest articles of each section. */
export function HomePage({ site, view }: { site: SiteView; view: HomeView }) {
  const { t, settings } = site;
  return (
    <Layout site={site} meta={{ title: settings.title, description: settings.description || settings.title, path: '/', feeds: '/', jsonLd: publisherJsonLd(site) }}>
      <h1 class="visually-hidden">{settings.title}</h1>
      {view.lead ? (
        <section class="lead" aria-label={t('leadStory')}>
          <ArticleCard article={view.lead} t={t} level={2} eager imageSizes="(min-width: 48rem) 60vw, 100vw" />
        </section>
      ) : <p class="empty">{t('noArticles')}</p>}
      {view.sections.map(({ section, articles }) => (
        <section class="home-section" aria-labelledby={`home-${section.slug}`}>
          <h2 id={`home-${section.slug}`} class="home-section-title"><a href={`/${section.slug}/`}>{section.name}</a></h2>
          <ul class="card-grid">{articles.map((a) => <li><ArticleCard article={a} t={t} /></li>)}</ul>
        </section>
      ))}
    </Layout>
  );
}
