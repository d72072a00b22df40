import type { ComponentChildren } from 'preact';
import { feedAlternates } from './structured-data.ts';
import { absoluteUrl, type PageMeta, type SiteView } from './view.ts';

/** Serialises JSON-LD so nothing inside it can close the script element. */
function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** The frame of every reader page: head, skip link, header and navigation, main, footer, back-to-top. */
export function Layout({ site, meta, children }: { site: SiteView; meta: PageMeta; children: ComponentChildren }) {
  const { t, settings } = site;
  const canonical = absoluteUrl(site.siteUrl, meta.path);
  const fullTitle = meta.path === '/' ? settings.title : `${meta.title} | ${settings.title}`;
  const image = meta.image ? absoluteUrl(site.siteUrl, meta.image.url) : null;
  return (
    <html lang={settings.language} dir={t.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={meta.description} />
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={canonical} />
        <meta name="color-scheme" content="light dark" />
        <meta property="og:site_name" content={settings.title} />
        <meta property="og:type" content={meta.ogType ?? 'website'} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content={settings.language.replace('-', '_')} />
        {image ? <meta property="og:image" content={image} /> : null}
        {image && meta.image?.alt ? <meta property="og:image:alt" content={meta.image.alt} /> : null}
        {meta.article ? <meta property="article:published_time" content={meta.article.publishedAt} /> : null}
        {meta.article ? <meta property="article:modified_time" content={meta.article.updatedAt} /> : null}
        {meta.article ? <meta property="article:section" content={meta.article.section} /> : null}
        {meta.article?.tags.map((tag) => <meta property="article:tag" content={tag} />)}
        <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
        <meta name="twitter:title" content={meta.title} />
        <meta name="twitter:description" content={meta.description} />
        {image ? <meta name="twitter:image" content={image} /> : null}
        <link rel="stylesheet" href={site.assets.css} />
        <script src={site.assets.js} defer></script>
        {meta.feeds !== undefined ? feedAlternates(site, meta.feeds, fullTitle).map((f) => <link rel="alternate" type={f.type} title={f.title} href={f.href} />) : null}
        {(Array.isArray(meta.jsonLd) ? meta.jsonLd : meta.jsonLd ? [meta.jsonLd] : []).map((data: unknown) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />
        ))}
      </head>
      <body id="top">
        <a class="skip-link" href="#main">{t('skipToContent')}</a>
        <header class="site-header">
          <div class="wrap">
            <a class="site-title" href="/">{settings.title}</a>
            {settings.description ? <p class="site-tagline">{settings.description}</p> : null}
            <form class="header-search" role="search" aria-label={t('searchSite')} action="/search" method="get">
              <label class="visually-hidden" for="header-search-q">{t('searchLabel')}</label>
              <input id="header-search-q" type="search" name="q" maxLength={500} />
              <button type="submit">{t('search')}</button>
            </form>
          </div>
          <nav class="site-nav" aria-label={t('sectionsNav')}>
            <ul class="wrap">
              <li><a href="/" aria-current={meta.path === '/' ? 'page' : undefined}>{t('home')}</a></li>
              {site.sections.map((s) => (
                <li><a href={`/${s.slug}/`} aria-current={meta.currentSection === s.slug ? (meta.path === `/${s.slug}/` ? 'page' : 'true') : undefined}>{s.name}</a></li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" class="wrap" tabIndex={-1}>{children}</main>
        <footer class="site-footer">
          <div class="wrap">
            <p>© {settings.title}. {t('footerText')}</p>
            <p><a href="/corrections/" aria-current={meta.path.startsWith('/corrections/') ? 'page' : undefined}>{t('correctionsLink')}</a></p>
          </div>
          {/* Inside the footer landmark; fixed in place on screen by the stylesheet. */}
          <a class="back-to-top" href="#top" aria-label={t('backToTop')}>
            <span aria-hidden="true">↑</span> <span class="back-to-top-label">{t('backToTop')}</span>
          </a>
        </footer>
      </body>
    </html>
  );
}
