import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { expectAccessible, openAs, origin, services, setUpNewsroom, shot, WAIT } from './admin.support.ts';

setUpNewsroom();

/** A published story naming people and places, extracted by the sweep. */
async function storyWithNames(): Promise<string> {
  const section = (await services.content.listSections())[0];
  const author = (await services.content.listAuthors())[0];
  if (!section || !author) throw new Error('the demo newsroom has no section or author');
  const slug = `summit-in-geneva-${Date.now()}`;
  await services.writer.createArticle({
    headline: 'Summit opens in Geneva', standfirst: 'Leaders arrive for two days of talks.', slug, sectionSlug: section.slug, authorSlugs: [author.slug], tags: [],
    body: '<p>Angela Merkel arrived in Geneva on Monday. Aides to Merkel said the talks with the United Nations would go on until Tuesday.</p>',
    status: 'published', publishedAt: new Date(services.clock.now().getTime() - 3_600_000).toISOString(),
  });
  await services.indexing.sweepAll();
  return slug;
}

describe('the newsroom app: topics panel', () => {
  it('lets an editor confirm and reject suggested topics, which the site then follows', async () => {
    const slug = await storyWithNames();
    const { page, context, problems } = await openAs('editor', `/articles/${slug}`, { axe: true });
    const panel = page.getByRole('region', { name: 'Topics' });
    await panel.getByRole('button', { name: 'Confirm Angela Merkel' }).waitFor(WAIT);
    await expectAccessible(page);
    await panel.getByRole('button', { name: 'Confirm Angela Merkel' }).click();
    await panel.getByRole('button', { name: 'Remove Angela Merkel' }).waitFor(WAIT);
    await panel.getByRole('button', { name: 'Reject Geneva' }).click();
    await panel.getByRole('button', { name: 'Restore Geneva' }).waitFor(WAIT);
    await shot(page, 'editor-topics');

    const stored = await services.topics.articleTopics(slug);
    expect(stored.confirmed.map((t) => t.name)).toEqual(['Angela Merkel']);
    expect(stored.rejected.map((t) => t.slug)).toEqual(['geneva']);
    expect(stored.suggested.map((t) => t.slug)).not.toContain('geneva');
    // Confirmed: the topic has a page at once, with this story on it.
    const topicPage = await fetch(`${origin}/topic/angela-merkel/`);
    expect(topicPage.status).toBe(200);
    expect(await topicPage.text()).toContain('Summit opens in Geneva');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is not shown to an author, who cannot manage topics', async () => {
    const slug = await storyWithNames();
    const article = await services.content.getArticleForEditing(slug);
    const authors = await services.users.list();
    const author = authors.find((u) => u.role === 'author');
    if (!author) throw new Error('no author user');
    // Handed to the author, so they may open it.
    await sql`update articles set created_by = ${author.id} where id = ${article.id}`.execute(services.handle.db);
    const { page, context } = await openAs('author', `/articles/${slug}`);
    await page.getByRole('textbox', { name: 'Headline' }).waitFor(WAIT);
    await page.getByRole('region', { name: 'Revisions' }).or(page.getByRole('heading', { name: 'Workflow' })).first().waitFor(WAIT);
    expect(await page.getByRole('region', { name: 'Topics' }).count()).toBe(0);
    await context.close();
  });
});
