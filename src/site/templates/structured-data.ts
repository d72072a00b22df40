import type { FeedFormat } from '../feeds/feed-builder.ts';
import { feedPaths } from '../feeds/index.ts';
import type { MessageKey } from '../i18n/index.ts';
import { absoluteUrl, type SiteView } from './view.ts';

/** One step of a breadcrumb trail: its name and the path of its page. */
export interface Crumb { name: string; path: string }

/** The publisher's node id, so an article's `publisher` and the organisation's own node are one thing. */
export function publisherId(site: SiteView): string {
  return `${site.siteUrl}/#publisher`;
}

/**
 * The site as a NewsMediaOrganization: name and address (the site has no logo setting yet; a
 * `logo` is added when one is given).
 */
export function publisherJsonLd(site: SiteView, logo?: { url: string; width: number; height: number }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsMediaOrganization',
    '@id': publisherId(site),
    name: site.settings.title,
    url: `${site.siteUrl}/`,
    ...(logo ? { logo: { '@type': 'ImageObject', url: absoluteUrl(site.siteUrl, logo.url), width: logo.width, height: logo.height } } : {}),
  };
}

/** A BreadcrumbList from Home to the current page, positions counted from 1. */
export function breadcrumbJsonLd(site: SiteView, trail: readonly Crumb[]) {
  const crumbs = [{ name: site.t('home'), path: '/' }, ...trail];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: absoluteUrl(site.siteUrl, crumb.path) })),
  };
}

const FEED_LINKS: { format: FeedFormat; type: string; label: MessageKey }[] = [
  { format: 'rss', type: 'application/rss+xml', label: 'feedRss' },
  { format: 'atom', type: 'application/atom+xml', label: 'feedAtom' },
  { format: 'json', type: 'application/feed+json', label: 'feedJson' },
];

/** The `<link rel="alternate">` targets of the feeds below a list page's path, titled for feed readers. */
export function feedAlternates(site: SiteView, base: string, title: string): { type: string; title: string; href: string }[] {
  const paths = feedPaths(base);
  return FEED_LINKS.map((f) => ({ type: f.type, title: site.t(f.label, { title }), href: absoluteUrl(site.siteUrl, paths[f.format]) }));
}
