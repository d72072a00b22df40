import type { Clock } from '../common/clock.ts';
import type { ContentWriter } from '../content/index.ts';
import { DEMO_ARTICLES, DEMO_AUTHORS, DEMO_SECTIONS } from './demo-content.ts';

const DAY_MS = 86_400_000;

/** What a demo run did. */
export interface DemoOutcome { created: boolean; articles: number }

/**
 * Fills the database with the demo newsroom, dated relative to now so it always looks current.
 * Adds nothing to a database that has any article at all.
 */
export async function seedDemo(writer: ContentWriter, clock: Clock): Promise<DemoOutcome> {
  // A newsroom that has begun setting up (sections, no stories yet) is not an empty site either.
  if ((await writer.countArticles()) > 0 || (await writer.countSections()) > 0) return { created: false, articles: 0 };
  await writer.setSiteSettings({ title: 'The Harbour Ledger', description: 'Independent news for Port Averill and the bay.', language: 'en' });
  for (const [position, section] of DEMO_SECTIONS.entries()) await writer.createSection({ ...section, position });
  for (const author of DEMO_AUTHORS) await writer.createAuthor(author);
  const today = startOfDayUtc(clock.now());
  let articles = 0;
  for (const item of DEMO_ARTICLES) {
    const published = new Date(today - item.daysAgo * DAY_MS + item.hour * 3_600_000);
    // Nothing is dated in the future: today's later stories slide back to just now.
    const publishedAt = new Date(Math.min(published.getTime(), clock.now().getTime() - (articles + 1) * 60_000));
    const updatedAt = item.updatedHoursLater
      ? new Date(Math.min(publishedAt.getTime() + item.updatedHoursLater * 3_600_000, clock.now().getTime()))
      : publishedAt;
    await writer.createArticle({
      headline: item.headline,
      slug: item.slug,
      standfirst: item.standfirst,
      body: item.body,
      bodyFormat: 'markdown',
      sectionSlug: item.section,
      authorSlugs: item.authors,
      tags: item.tags,
      status: 'published',
      publishedAt: publishedAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
      image: item.image ? { url: item.image.file, alt: item.image.alt, caption: item.image.caption, credit: item.image.credit, width: item.image.width, height: item.image.height } : null,
    });
    articles += 1;
  }
  return { created: true, articles };
}

function startOfDayUtc(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
