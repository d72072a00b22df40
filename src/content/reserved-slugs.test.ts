import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildSection } from '../../test/support/factories.ts';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;

describe.each(DIALECTS)('article slugs the site uses itself on %s', (dialect) => {
  let s: TestServices;
  beforeAll(async () => { s = await createTestServices(dialect); });
  afterAll(async () => { await s?.close(); });

  it("refuses 'feed', the address of the section's feed, naming the slug", async () => {
    await expect(buildArticle(s.writer, { slug: 'feed' })).rejects.toMatchObject({ code: 'CONTENT_INVALID_INPUT', property: 'slug' });
    const sectionSlug = await buildSection(s.writer);
    const { slug } = await buildArticle(s.writer, { sectionSlug, slug: 'feed-reader-review' });
    expect(slug).toBe('feed-reader-review');
  });
});
