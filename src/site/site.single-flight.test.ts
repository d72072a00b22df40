import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle } from '../../test/support/factories.ts';
import { buildApp } from '../server/app.ts';

describe.each(DIALECTS)('concurrent readers of one page on %s', (dialect) => {
  let services: Awaited<ReturnType<typeof createTestServices>>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let renders = 0;

  beforeAll(async () => {
    services = await createTestServices(dialect);
    const article = services.site.article.bind(services.site);
    services.site.article = async (...args) => {
      renders += 1;
      return article(...args);
    };
    app = await buildApp(services);
  });
  afterAll(async () => {
    await app.close();
    await services.close();
  });

  it('renders an uncached page once for all who ask for it at the same time', async () => {
    const { slug, sectionSlug } = await buildArticle(services.writer);
    renders = 0;
    const responses = await Promise.all(Array.from({ length: 20 }, () => app.inject(`/${sectionSlug}/${slug}/`)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    expect(new Set(responses.map((r) => r.headers.etag)).size).toBe(1);
    expect(renders).toBe(1);
  });

  it('gives every waiting reader the 404 page when the page does not exist', async () => {
    renders = 0;
    const responses = await Promise.all(Array.from({ length: 5 }, () => app.inject('/nowhere/no-such-story/')));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(5).fill(404));
    expect(renders).toBe(1);
  });
});
