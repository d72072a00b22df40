import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db-matrix.ts';
import { buildSection } from '../../../test/support/factories.ts';
import { hostileStrings, spreadSample } from '../../../test/support/hostile-strings.ts';
import { isAppError } from '../../common/app-error.ts';
import { useReaderSite } from '../site.test-support.ts';
import { expectValidXml, parseFeed, xmlTexts } from './feed.test-support.ts';

interface JsonFeed { items: { title: string; summary?: string; tags?: string[]; authors: { name: string }[] }[] }

describe.each(DIALECTS)('feeds with hostile text on %s', (dialect) => {
  const site = useReaderSite(dialect);

  it('stay well-formed and give back headlines, standfirsts, tags and bylines exactly', async () => {
    const sectionSlug = await buildSection(site.writer);
    const stored: string[] = [];
    for (const [i, { value }] of spreadSample(hostileStrings(), 60).entries()) {
      const author = `hostile-${dialect}-${i}`;
      try {
        await site.writer.createAuthor({ name: value.slice(0, 200), slug: author, bio: '' });
        await site.story({ sectionSlug, authorSlugs: [author], headline: value.slice(0, 300), standfirst: value.slice(0, 500), tags: [value.slice(0, 100)] });
        stored.push(value);
      } catch (error) {
        // Text the writer refuses (control characters, lone surrogates…) never reaches a feed.
        if (!isAppError(error) || error.status !== 400) throw error;
      }
    }
    expect(stored.length).toBeGreaterThan(10);
    const json = (await site.get(`/${sectionSlug}/feed.json`)).json() as JsonFeed;
    for (const path of [`/${sectionSlug}/feed/`, `/${sectionSlug}/feed/atom/`]) {
      const body = (await site.get(path)).body;
      expectValidXml(body, undefined, path);
      const items = parseFeed(body).items;
      expect(items).toHaveLength(json.items.length);
      // The parser reads bylines as e-mail addresses or HTML ("<x>" loses its brackets, entities are
      // decoded), though both formats hold them as plain text: read the XML for those.
      const atom = path.endsWith('/atom/');
      const bylines = atom ? body.split('<entry>').slice(1).map((entry) => xmlTexts(entry, 'name')) : xmlTexts(body, 'dc:creator').map((b) => [b]);
      items.forEach((item, i) => {
        const expected = json.items[i];
        expect(bylines[i], path).toEqual(expected?.authors.map((a) => a.name));
        expect(item.title, path).toBe(expected?.title);
        expect(item.description, path).toBe(expected?.summary);
        expect(item.categories.map((c) => c.label ?? c.term), path).toEqual(expected?.tags);
      });
    }
  });

  it('answers hostile feed addresses with a 4xx, never a 500', async () => {
    for (const { value } of spreadSample(hostileStrings(), 80)) {
      let slug: string;
      try { slug = encodeURIComponent(value.slice(0, 250)); } catch { continue; } // a lone surrogate has no URL form
      for (const path of [`/${slug}/feed/`, `/tag/${slug}/feed/atom/`, `/author/${slug}/feed.json`, `/topic/${slug}/feed/`, `/sitemaps/${slug}`]) {
        const res = await site.get(path);
        expect(res.statusCode, path).toBeGreaterThanOrEqual(300);
        expect(res.statusCode, path).toBeLessThan(500);
      }
    }
  });
}, 120_000);
