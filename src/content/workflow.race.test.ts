import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle } from '../../test/support/factories.ts';
import type { SignedInUser } from '../accounts/index.ts';

describe.each(DIALECTS)('workflow actions racing a save on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let editor: SignedInUser;

  beforeAll(async () => {
    const email = `race-editor-${dialect}@example.org`;
    const id = await ctx.services.accounts.createUser({ email, name: 'Race Editor', role: 'editor', password: 'correct horse battery staple' });
    editor = { id, email, name: 'Race Editor', role: 'editor', authorId: null };
  });

  /** Runs `during` while another transaction holds the article's row, which it changes with `change` before letting go. */
  async function whileHeld<T>(articleId: number, change: Record<string, unknown>, during: () => Promise<T>): Promise<T> {
    let release = () => undefined as void;
    let holding = () => undefined as void;
    const held = new Promise<void>((resolve) => { holding = resolve; });
    const holder = ctx.services.handle.db.transaction().execute(async (trx) => {
      await trx.updateTable('articles').set(change).where('id', '=', articleId).execute();
      holding();
      await new Promise<void>((resolve) => { release = resolve; });
    });
    await held;
    const outcome = during().then((value) => ({ value }), (error: unknown) => ({ error }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await holder;
    const settled = await outcome;
    if ('error' in settled) throw settled.error;
    return settled.value;
  }

  it('refuses a publish that lands just after an embargo was saved', async () => {
    const { slug } = await buildArticle(ctx.services.writer, { status: 'draft' });
    const article = await ctx.services.content.getArticleForEditing(slug);
    const embargoUntil = new Date(ctx.services.clock.now().getTime() + 86_400_000).toISOString();
    await expect(whileHeld(article.id, { embargoUntil }, () => ctx.services.workflow.transition(slug, 'publish', editor)))
      .rejects.toMatchObject({ code: 'CONTENT_EMBARGOED' });
    expect((await ctx.services.content.getArticleForEditing(slug)).status).toBe('draft');
    await expect(ctx.services.content.getArticle(slug)).rejects.toMatchObject({ code: 'CONTENT_ARTICLE_NOT_FOUND' });
  });

  it('refuses one of two moves from the same state when they land together', async () => {
    const { slug } = await buildArticle(ctx.services.writer, { status: 'published' });
    const article = await ctx.services.content.getArticleForEditing(slug);
    // Someone takes it down while the second unpublish waits for the row.
    await expect(whileHeld(article.id, { status: 'unpublished' }, () => ctx.services.workflow.transition(slug, 'unpublish', editor)))
      .rejects.toMatchObject({ code: 'CONTENT_INVALID_TRANSITION' });
  });
});
