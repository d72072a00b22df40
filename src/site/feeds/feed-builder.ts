import { Feed, type Item } from 'feed';
import { escapeHtml, xmlSafe } from './xml-text.ts';

/** The three formats every feed is offered in. */
export type FeedFormat = 'rss' | 'atom' | 'json';

/** What a feed says about itself. */
export interface FeedChannel {
  /** A stable `tag:` URI naming this feed. */
  id: string;
  title: string;
  description: string;
  /** BCP 47, from the site settings. */
  language: string;
  /** The page the feed follows (absolute). */
  homeUrl: string;
  /** Where each format of this feed lives (absolute). */
  feedUrls: Record<FeedFormat, string>;
  /** Who publishes it: the site. */
  publisher: { name: string; url: string };
  /** The newest change among the items (or now, for an empty feed). */
  updated: Date;
}

/** One article as a feed carries it. */
export interface FeedEntry {
  /** A stable `tag:` URI built from the article id, so a slug change is not a new item. */
  id: string;
  url: string;
  headline: string;
  /** Plain text. */
  summary: string;
  /** The whole body (HTML, absolute URLs), or null when the site publishes summaries only. */
  contentHtml: string | null;
  publishedAt: Date;
  updatedAt: Date;
  authors: { name: string; url: string }[];
  categories: string[];
  image: { url: string; type: string } | null;
}

/** The Content-Type of each format. */
export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

// The feed library escapes unevenly: element text is escaped (after turning `&amp;` back into `&`),
// attributes only get `&` and `"` escaped, and only the first `]]>` of a CDATA section is split.
// A marker (a private-use character, removed from every input first) stands in for the `<` it
// would leave bare in an attribute and is replaced in its output.
const LT_MARK = '\uE000';

const clean = (text: string) => xmlSafe(text).replace(/\uE000/g, '');
/** Element text: `&` doubled so that the library's un-escaping gives back exactly what was written. */
const textNode = (text: string) => clean(text).replace(/&/g, '&amp;');
/** An attribute value the library passes through `sanitize` (which escapes `&` only). */
const attribute = (text: string) => clean(text).replace(/</g, LT_MARK);
/** HTML in CDATA: `]]&gt;` means the same as `]]>` to an HTML reader. */
const htmlCdata = (html: string) => clean(html).replace(/]]>/g, ']]&gt;');

function unmark(xml: string): string {
  return xml.replace(new RegExp(LT_MARK, 'g'), '&lt;');
}

/** Renders a feed in one format. Dates and order come from the entries (newest first). */
export function renderFeed(format: FeedFormat, channel: FeedChannel, entries: readonly FeedEntry[]): string {
  if (format === 'json') return renderJsonFeed(channel, entries);
  const atom = format === 'atom';
  const feed = new Feed({
    id: channel.id,
    title: textNode(channel.title),
    description: textNode(channel.description),
    link: channel.homeUrl,
    language: channel.language,
    updated: channel.updated,
    generator: 'Dateline',
    feedLinks: { rss: channel.feedUrls.rss, atom: channel.feedUrls.atom },
    // Atom needs an author for the feed unless every entry has one; an article may have none.
    author: { name: textNode(channel.publisher.name), link: channel.publisher.url },
  });
  for (const entry of entries) {
    const item: Item = {
      id: entry.id,
      // Atom declares its title and summary as HTML. RSS leaves it open, and readers decode entities
      // in titles and categories, so those are escaped there too (a literal "&amp;" or "<b>" survives).
      title: htmlCdata(escapeHtml(entry.headline)),
      link: entry.url,
      date: entry.updatedAt,
      published: entry.publishedAt,
      description: htmlCdata(escapeHtml(entry.summary)),
      // RSS's <author> is an e-mail address (readers parse it as one): bylines go in dc:creator there.
      ...(atom ? { author: entry.authors.map((a) => ({ name: textNode(a.name), link: a.url })) }
        : entry.authors.length > 0 ? { extensions: [{ name: 'dc:creator', objects: { _text: textNode(entry.authors.map((a) => a.name).join(', ')) } }] } : {}),
      category: entry.categories.map((name) => (atom ? { term: attribute(name) } : { name: textNode(escapeHtml(name)) })),
    };
    if (entry.contentHtml !== null) item.content = htmlCdata(entry.contentHtml);
    if (entry.image) item.image = { url: entry.image.url, type: entry.image.type, length: 0 };
    feed.addItem(item);
  }
  if (!atom) {
    const rss = unmark(feed.rss2());
    // The library declares the Dublin Core namespace only along with full content.
    return rss.includes('xmlns:dc=') ? rss : rss.replace('<rss version="2.0"', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"');
  }
  // The library has no option for the feed's language in Atom: xml:lang on the root says it. It
  // also types an Atom enclosure from the file extension (only known image types get here), and
  // `.jpg` is not a media type's name.
  return unmark(feed.atom1())
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(clean(channel.language))}">`)
    .replace(/ type="image\/jpg"/g, ' type="image/jpeg"');
}

/**
 * JSON Feed 1.1. The library writes version 1 (one `author`, no `language`); its output is
 * brought up to 1.1 here, and a summary-only item carries its text as `content_text`.
 */
function renderJsonFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const feed = new Feed({ id: channel.id, title: channel.title, description: channel.description, link: channel.homeUrl, feedLinks: { json: channel.feedUrls.json } });
  for (const entry of entries) {
    feed.addItem({
      id: entry.id, title: entry.headline, link: entry.url, date: entry.updatedAt, published: entry.publishedAt,
      description: entry.summary, ...(entry.contentHtml === null ? {} : { content: entry.contentHtml }),
      ...(entry.image ? { image: entry.image.url } : {}),
      category: entry.categories.map((name) => ({ name })),
    });
  }
  const doc = JSON.parse(feed.json1()) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const items = doc.items.map((item, i) => {
    const entry = entries[i] as FeedEntry;
    const { author: _unused, ...rest } = item;
    const out: Record<string, unknown> = { ...rest, authors: entry.authors };
    if (entry.contentHtml === null) {
      delete out.content_html;
      delete out.summary;
      out.content_text = entry.summary;
    }
    return out;
  });
  const { version: _old, items: _items, ...head } = doc;
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', ...head, language: channel.language,
    authors: [{ name: channel.publisher.name, url: channel.publisher.url }], items,
  });
}
