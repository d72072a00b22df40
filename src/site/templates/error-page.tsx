import { Layout } from './layout.tsx';
import type { SiteView } from './view.ts';

/** The 404 and 500 pages, in the site's design. */
export function ErrorPage({ site, status, path }: { site: SiteView; status: 404 | 500; path: string }) {
  const { t } = site;
  const title = status === 404 ? t('notFoundTitle') : t('errorTitle');
  return (
    <Layout site={site} meta={{ title, description: title, path, noindex: true }}>
      <div class="error-page">
        <p class="error-status">{status}</p>
        <h1>{title}</h1>
        <p>{status === 404 ? t('notFoundText') : t('errorText')}</p>
        <p><a href="/">{t('goHome')}</a></p>
      </div>
    </Layout>
  );
}
