import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS, TEST_NOW } from '../../test/support/db-matrix.ts';
import { buildArticle } from '../../test/support/factories.ts';

const DAY = 86_400_000;

describe.each(DIALECTS)('comments closing by age on %s', (dialect) => {
  const ctx = useTestApp(dialect);

  it('takes the form off the cached article page once the article passes the age limit', async () => {
    const { comments, writer, clock } = ctx.services;
    await comments.administration.saveSettings({
      moderation: 'first-time', closeAfterDays: 2, holdLinks: 2, moderationWords: '', blockedWords: '', minFormSeconds: 0, floodSeconds: 0, notifyModerators: false,
    });
    // Published 2 days less one hour before now: open for one more hour.
    const story = await buildArticle(writer, { publishedAt: new Date(TEST_NOW.getTime() - 2 * DAY + 3_600_000).toISOString() });
    const path = `/${story.sectionSlug}/${story.slug}/`;
    await comments.closing.check();
    const before = await ctx.app.inject({ method: 'GET', url: path });
    expect(before.body).toContain('id="commentform"');
    expect(ctx.services.cache?.get(path)).toBeDefined();

    clock.advance(3_600_000 + 1000);
    expect(await comments.closing.check()).toBe(1);
    const after = await ctx.app.inject({ method: 'GET', url: path });
    expect(after.body).not.toContain('id="commentform"');
    expect(after.body).toContain('Comments are closed.');
  });

  it('purges nothing while the site lets comments stay open for ever', async () => {
    const { comments, writer, clock } = ctx.services;
    await comments.administration.saveSettings({
      moderation: 'first-time', closeAfterDays: 0, holdLinks: 2, moderationWords: '', blockedWords: '', minFormSeconds: 0, floodSeconds: 0, notifyModerators: false,
    });
    await buildArticle(writer, { publishedAt: new Date(clock.now().getTime() - 30 * DAY).toISOString() });
    clock.advance(DAY);
    expect(await comments.closing.check()).toBe(0);
  });
});
