import type { Section, SiteSettings } from '../../content/index.ts';
import type { Translator } from '../i18n/index.ts';

/** What every reader page needs to know about the site and the request. */
export interface SiteView {
  settings: SiteSettings;
  sections: Section[];
  siteUrl: string;
  t: Translator;
  /** Asset URLs carry a content hash so they can be cached for a year. */
  assets: { css: string; js: string };
}

/** The head of one page. */
export interface PageMeta {
  title: string;
  description: string;
  /** Path of the canonical URL, e.g. `/news/`. */
  path: string;
  currentSection?: string;
  ogType?: 'website' | 'article';
  image?: { url: string; alt: string; width: number | null; height: number | null } | null;
  /** One JSON-LD object, or several (each its own script element). */
  jsonLd?: unknown;
  /** The path of the list page whose feeds this page offers (`/` for the site's own). */
  feeds?: string;
  article?: { publishedAt: string; updatedAt: string; section: string; tags: string[] };
  noindex?: boolean;
}

// Building an Intl.DateTimeFormat costs far more than using one (and its memory is slow to go).
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(language: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(language);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
    } catch {
      formatter = null;
    }
    formatters.set(language, formatter);
  }
  return formatter;
}

/** Formats an ISO time for readers, in the site's language. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  const formatter = formatterFor(language);
  return formatter ? `${formatter.format(date)} UTC` : date.toISOString();
}

/** An absolute URL for a site path (or an absolute URL unchanged). */
export function absoluteUrl(siteUrl: string, pathOrUrl: string): string {
  return /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : siteUrl + pathOrUrl;
}
