import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS, TEST_NOW } from '../../test/support/db-matrix.ts';
import { useSectionAndAuthor } from '../../test/support/factories.ts';
import { useSignedIn } from '../../test/support/sign-in.ts';
import type { Role } from '../accounts/index.ts';

const PEOPLE = {
  ada: { name: 'Ada Lovelace', role: 'editor' },
  grace: { name: 'Grace Hopper', role: 'editor' },
} satisfies Record<string, { name: string; role: Role }>;
type Who = keyof typeof PEOPLE;

interface Editable { id: number; slug: string; status: string; headline: string; bodyHtml: string; revision: number; standfirst: string; tags: { name: string }[] }
interface Part { op: 'same' | 'removed' | 'added'; text: string }

const BODY_1 = '<p>The council met on <em>Tuesday</em> to discuss the library budget.</p><p>Residents packed the hall.</p>';
const BODY_3 = '<p>The council met on <em>Wednesday</em> to discuss the library budget.</p><p>Residents packed the hall.</p>';

describe.each(DIALECTS)('article revisions over the Admin API on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const { ids, call } = useSignedIn(ctx, (Object.entries(PEOPLE) as [Who, { name: string; role: Role }][]).map(([who, person]) => [who, { email: `${who}@example.org`, ...person }]));
  const filedUnder = useSectionAndAuthor(ctx);
  let counter = 0;

  const fields = (slug: string, extra: Record<string, unknown> = {}) => ({
    headline: 'Council votes to close library', slug, standfirst: 'The branch shuts in spring.', ...filedUnder(),
    body: BODY_1, tags: ['Libraries'], ...extra,
  });

  async function create(who: Who = 'ada', extra: Record<string, unknown> = {}): Promise<Editable> {
    const slug = `library-${dialect}-${++counter}`;
    const res = await call(who, 'POST', '/api/admin/articles', fields(slug, extra));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Editable;
  }
  async function save(who: Who, slug: string, baseRevision: number, extra: Record<string, unknown> = {}) {
    return call(who, 'PUT', `/api/admin/articles/${slug}`, { ...fields(slug, extra), baseRevision });
  }
  async function saveOk(who: Who, slug: string, baseRevision: number, extra: Record<string, unknown> = {}): Promise<Editable> {
    const res = await save(who, slug, baseRevision, extra);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Editable;
  }
  const load = async (who: Who, slug: string) => (await call(who, 'GET', `/api/admin/articles/${slug}`)).json() as Editable;
  const revisionsOf = async (slug: string) => {
    const res = await call('ada', 'GET', `/api/admin/articles/${slug}/revisions`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: { number: number; at: string; by: { id: number; name: string } | null; changed: string[]; note: string }[] }).items;
  };
  /** An article at revision 3: the headline changed at 2, a word of the body at 3. */
  async function threeRevisions() {
    const first = await create();
    ctx.services.clock.advance(60_000);
    const second = await saveOk('ada', first.slug, first.revision, { headline: 'Council votes to save library' });
    ctx.services.clock.advance(60_000);
    const third = await saveOk('ada', first.slug, second.revision, { headline: 'Council votes to save library', body: BODY_3 });
    return { first, second, third };
  }
  const joined = (parts: Part[], op: Part['op']) => parts.filter((p) => p.op === op).map((p) => p.text.trim()).join(' ');

  describe('recording', () => {
    it('numbers a new article revision 1 and each changing save the next number', async () => {
      const { first, second, third } = await threeRevisions();
      expect([first.revision, second.revision, third.revision]).toEqual([1, 2, 3]);
      expect(third.headline).toBe('Council votes to save library');
      expect(third.bodyHtml).toContain('Wednesday');
    });

    it('lists revisions newest first with who saved, when, and only the fields that changed', async () => {
      ctx.services.clock.set(TEST_NOW);
      const { first } = await threeRevisions();
      const items = await revisionsOf(first.slug);
      expect(items.map((r) => r.number)).toEqual([3, 2, 1]);
      for (const r of items) expect(r.by).toEqual({ id: ids.get('ada'), name: 'Ada Lovelace' });
      expect(items.map((r) => r.at)).toEqual([
        new Date(TEST_NOW.getTime() + 120_000).toISOString(), new Date(TEST_NOW.getTime() + 60_000).toISOString(), TEST_NOW.toISOString(),
      ]);
      expect(items[0]?.changed).toEqual(['bodyHtml']);
      expect(items[1]?.changed).toEqual(['headline']);
      expect(items[2]?.changed).toEqual(expect.arrayContaining(['headline', 'bodyHtml', 'slug', 'tags']));
    });

    it('names a changed tag list as the only change', async () => {
      const first = await create();
      const second = await saveOk('ada', first.slug, first.revision, { tags: ['Libraries', 'Local government'] });
      expect(second.revision).toBe(2);
      expect((await revisionsOf(first.slug))[0]?.changed).toEqual(['tags']);
    });

    it('keeps no revision for a save that changes nothing, and the next save still works from the same number', async () => {
      const first = await create();
      const unchanged = await saveOk('ada', first.slug, first.revision);
      expect(unchanged.revision).toBe(1);
      expect(await revisionsOf(first.slug)).toHaveLength(1);
      const changed = await saveOk('ada', first.slug, unchanged.revision, { standfirst: 'The branch shuts in April.' });
      expect(changed.revision).toBe(2);
      expect((await revisionsOf(first.slug)).map((r) => r.changed)).toEqual([['standfirst'], expect.any(Array)]);
    });

    it('returns one revision with the content it kept', async () => {
      const { first } = await threeRevisions();
      const res = await call('ada', 'GET', `/api/admin/articles/${first.slug}/revisions/1`);
      expect(res.statusCode, res.body).toBe(200);
      const revision = res.json() as { number: number; by: unknown; snapshot: { headline: string; bodyHtml: string; tags: string[]; slug: string; sectionSlug: string; authorSlugs: string[] } };
      expect(revision.number).toBe(1);
      expect(revision.by).toEqual({ id: ids.get('ada'), name: 'Ada Lovelace' });
      expect(revision.snapshot).toMatchObject({
        headline: 'Council votes to close library', slug: first.slug, ...filedUnder(), tags: ['Libraries'], bodyHtml: first.bodyHtml,
      });
      expect(revision.snapshot.bodyHtml).toContain('Tuesday');
      const latest = (await call('ada', 'GET', `/api/admin/articles/${first.slug}/revisions/3`)).json() as typeof revision;
      expect(latest.snapshot.headline).toBe('Council votes to save library');
      expect(latest.snapshot.bodyHtml).toContain('Wednesday');
    });
  });

  describe('comparing', () => {
    it('shows the words removed and added in the headline and the body, the body as plain text', async () => {
      const { first } = await threeRevisions();
      const res = await call('ada', 'GET', `/api/admin/articles/${first.slug}/revisions/compare?from=1&to=3`);
      expect(res.statusCode, res.body).toBe(200);
      const diff = res.json() as { from: number; to: number; fields: { field: string; parts: Part[] }[] };
      expect(diff).toMatchObject({ from: 1, to: 3 });
      expect(diff.fields.map((f) => f.field)).toEqual(['headline', 'bodyHtml']);
      const headline = diff.fields[0]?.parts ?? [];
      expect(joined(headline, 'removed')).toBe('close');
      expect(joined(headline, 'added')).toBe('save');
      expect(headline.filter((p) => p.op !== 'added').map((p) => p.text).join('')).toBe('Council votes to close library');
      expect(headline.filter((p) => p.op !== 'removed').map((p) => p.text).join('')).toBe('Council votes to save library');
      const body = diff.fields[1]?.parts ?? [];
      expect(joined(body, 'removed')).toBe('Tuesday');
      expect(joined(body, 'added')).toBe('Wednesday');
      expect(body.filter((p) => p.op === 'same').map((p) => p.text).join('')).toContain('Residents packed the hall.');
      for (const part of body) expect(part.text).not.toMatch(/<|>/);
    });

    it('finds nothing to show between a revision and itself', async () => {
      const { first } = await threeRevisions();
      const res = await call('ada', 'GET', `/api/admin/articles/${first.slug}/revisions/compare?from=2&to=2`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ from: 2, to: 2, fields: [] });
    });

    it.each([
      ['from=0&to=1', 'from'], ['from=1&to=abc', 'to'], ['from=1', 'to'], ['from=-1&to=2', 'from'], ['from=1.5&to=2', 'from'],
      ['from=1&to=99999999999', 'to'], ['from=1&to=2&extra=1', 'extra'],
    ])('answers ?%s with 400 naming %s', async (query, property) => {
      const first = await create();
      const res = await call('ada', 'GET', `/api/admin/articles/${first.slug}/revisions/compare?${query}`);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'REQUEST_INVALID', property } });
    });

    it('answers a revision the article does not have with 404 CONTENT_REVISION_NOT_FOUND', async () => {
      const first = await create();
      for (const url of [`/revisions/2`, `/revisions/compare?from=1&to=2`, `/revisions/compare?from=7&to=1`]) {
        const res = await call('ada', 'GET', `/api/admin/articles/${first.slug}${url}`);
        expect(res.statusCode, url).toBe(404);
        expect(res.json(), url).toMatchObject({ error: { code: 'CONTENT_REVISION_NOT_FOUND' } });
      }
    });

    it('does not open a revision of one article through another', async () => {
      const { first } = await threeRevisions();
      const other = await create();
      const res = await call('ada', 'GET', `/api/admin/articles/${other.slug}/revisions/3`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'CONTENT_REVISION_NOT_FOUND' } });
    });

    it('answers malformed revision numbers and unknown articles with 4xx JSON', async () => {
      const first = await create();
      for (const n of ['0', 'abc', '-1', '2.5', '99999999999']) {
        const res = await call('ada', 'GET', `/api/admin/articles/${first.slug}/revisions/${n}`);
        expect(res.statusCode, n).toBe(400);
        expect(res.json(), n).toMatchObject({ error: { code: 'REQUEST_INVALID', property: 'number' } });
      }
      const missing = await call('ada', 'GET', '/api/admin/articles/no-such-story/revisions');
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ error: { code: 'CONTENT_ARTICLE_NOT_FOUND' } });
    });
  });

  describe('restoring', () => {
    it('brings back an old revision as a new one that says so, leaving the workflow status alone', async () => {
      const { first, third } = await threeRevisions();
      expect((await call('ada', 'POST', `/api/admin/articles/${first.slug}/submit`, {})).json()).toMatchObject({ status: 'in_review' });
      const res = await call('grace', 'POST', `/api/admin/articles/${first.slug}/revisions/1/restore`, { baseRevision: third.revision });
      expect(res.statusCode, res.body).toBe(200);
      const restored = res.json() as Editable;
      expect(restored).toMatchObject({ revision: 4, status: 'in_review', headline: first.headline, bodyHtml: first.bodyHtml, standfirst: first.standfirst });
      expect(await load('ada', first.slug)).toMatchObject({ revision: 4, status: 'in_review', headline: 'Council votes to close library' });

      const [newest] = await revisionsOf(first.slug);
      expect(newest).toMatchObject({ number: 4, by: { id: ids.get('grace'), name: 'Grace Hopper' } });
      expect(newest?.note).toMatch(/revision 1\b/);
      expect(newest?.changed.sort()).toEqual(['bodyHtml', 'headline']);
      const same = await call('ada', 'GET', `/api/admin/articles/${first.slug}/revisions/compare?from=1&to=4`);
      expect(same.json()).toMatchObject({ fields: [] });
    });

    it('restores the tags an old revision had', async () => {
      const first = await create();
      const second = await saveOk('ada', first.slug, first.revision, { tags: ['Schools'] });
      expect(second.tags.map((t) => t.name)).toEqual(['Schools']);
      const res = await call('ada', 'POST', `/api/admin/articles/${first.slug}/revisions/1/restore`, { baseRevision: second.revision });
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as Editable).tags.map((t) => t.name)).toEqual(['Libraries']);
    });

    it('records, compares and restores the SEO title and description', async () => {
      const first = await create('ada', { seoTitle: 'Library to close in spring', seoDescription: 'The council voted on Tuesday.' });
      const second = await saveOk('ada', first.slug, first.revision, { seoTitle: 'Library saved', seoDescription: '' });
      const [newest] = await revisionsOf(first.slug);
      expect(newest?.changed.sort()).toEqual(['seoDescription', 'seoTitle']);
      const kept = (await call('ada', 'GET', `/api/admin/articles/${first.slug}/revisions/1`)).json() as { snapshot: Record<string, unknown> };
      expect(kept.snapshot).toMatchObject({ seoTitle: 'Library to close in spring', seoDescription: 'The council voted on Tuesday.' });
      const compared = await call('ada', 'GET', `/api/admin/articles/${first.slug}/revisions/compare?from=1&to=2`);
      const fields = (compared.json() as { fields: { field: string; parts: Part[] }[] }).fields;
      expect(fields.map((f) => f.field)).toEqual(['seoTitle', 'seoDescription']);
      expect(fields[0]?.parts.filter((p) => p.op === 'added').map((p) => p.text).join('')).toContain('saved');
      const res = await call('ada', 'POST', `/api/admin/articles/${first.slug}/revisions/1/restore`, { baseRevision: second.revision });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ seoTitle: 'Library to close in spring', seoDescription: 'The council voted on Tuesday.' });
    });

    it('reads a revision kept before SEO fields existed as having none, and restores it so', async () => {
      const first = await create('ada', { seoTitle: 'An SEO title' });
      // Revision 1 as an older release stored it: the same snapshot without the two fields.
      const row = await ctx.services.db.handle.db.selectFrom('articleRevisions').select(['id', 'snapshot']).where('articleId', '=', first.id).where('number', '=', 1).executeTakeFirstOrThrow();
      const { seoTitle: _t, seoDescription: _d, ...old } = JSON.parse(row.snapshot) as Record<string, unknown>;
      await ctx.services.db.handle.db.updateTable('articleRevisions').set({ snapshot: JSON.stringify(old) }).where('id', '=', row.id).execute();
      const kept = (await call('ada', 'GET', `/api/admin/articles/${first.slug}/revisions/1`));
      expect(kept.statusCode, kept.body).toBe(200);
      expect((kept.json() as { snapshot: Record<string, unknown> }).snapshot).toMatchObject({ seoTitle: '', seoDescription: '' });
      const second = await saveOk('ada', first.slug, first.revision, { headline: 'Council votes to save library', seoTitle: 'An SEO title' });
      const res = await call('ada', 'POST', `/api/admin/articles/${first.slug}/revisions/1/restore`, { baseRevision: second.revision });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ headline: 'Council votes to close library', seoTitle: '' });
    });

    it('keeps a published article published and shows readers the restored text', async () => {
      const { first, third } = await threeRevisions();
      expect((await call('ada', 'POST', `/api/admin/articles/${first.slug}/publish`, {})).statusCode).toBe(200);
      const path = `/${filedUnder().sectionSlug}/${first.slug}/`;
      expect((await ctx.app.inject(path)).body).toContain('Council votes to save library');
      const res = await call('ada', 'POST', `/api/admin/articles/${first.slug}/revisions/1/restore`, { baseRevision: third.revision });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'published', revision: 4 });
      const page = await ctx.app.inject(path);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Council votes to close library');
      expect(page.body).not.toContain('Council votes to save library');
    });

    it('answers an unknown revision with 404 and keeps no new revision', async () => {
      const first = await create();
      const res = await call('ada', 'POST', `/api/admin/articles/${first.slug}/revisions/9/restore`, { baseRevision: first.revision });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'CONTENT_REVISION_NOT_FOUND' } });
      expect(await revisionsOf(first.slug)).toHaveLength(1);
    });

    it('answers a restore without a usable baseRevision with 400 naming it', async () => {
      const first = await create();
      for (const payload of [{}, { baseRevision: 'one' }, { baseRevision: -1 }, { baseRevision: 1, extra: true }]) {
        const res = await call('ada', 'POST', `/api/admin/articles/${first.slug}/revisions/1/restore`, payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.json().error.code).toBe('REQUEST_INVALID');
        expect(res.json().error.property).toMatch(/baseRevision|extra/);
      }
    });
  });

  describe('edit conflicts', () => {
    it("refuses the second of two saves from the same revision, naming who saved first, and keeps the first editor's text", async () => {
      const article = await create('ada');
      const [adaView, graceView] = [await load('ada', article.slug), await load('grace', article.slug)];
      expect(adaView.revision).toBe(graceView.revision);

      await saveOk('ada', article.slug, adaView.revision, { headline: 'Ada: council votes to save library' });
      const late = await save('grace', article.slug, graceView.revision, { headline: 'Grace: library closure delayed' });
      expect(late.statusCode, late.body).toBe(409);
      const error = (late.json() as { error: { code: string; message: string; property?: string } }).error;
      expect(error.code).toBe('CONTENT_EDIT_CONFLICT');
      expect(error.property).toBe('baseRevision');
      expect(error.message).toContain('Ada Lovelace');

      const now = await load('grace', article.slug);
      expect(now.headline).toBe('Ada: council votes to save library');
      expect(now.revision).toBe(adaView.revision + 1);
      expect((await revisionsOf(article.slug)).map((r) => r.by?.name)).toEqual(['Ada Lovelace', 'Ada Lovelace']);
    });

    it('accepts the second editor once they save from the newest revision', async () => {
      const article = await create('ada');
      const saved = await saveOk('ada', article.slug, article.revision, { headline: 'Ada saved first' });
      expect((await save('grace', article.slug, article.revision, { headline: 'Grace saved late' })).statusCode).toBe(409);
      const retried = await saveOk('grace', article.slug, saved.revision, { headline: 'Grace saved on top' });
      expect(retried).toMatchObject({ revision: saved.revision + 1, headline: 'Grace saved on top' });
    });

    it('refuses a baseRevision from the future as well', async () => {
      const article = await create('ada');
      const res = await save('grace', article.slug, article.revision + 5, { headline: 'From nowhere' });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: { code: 'CONTENT_EDIT_CONFLICT' } });
      expect((await load('ada', article.slug)).headline).toBe(article.headline);
    });

    it('refuses a restore from a stale revision without touching the article', async () => {
      const article = await create('ada');
      const stale = article.revision;
      const saved = await saveOk('ada', article.slug, stale, { headline: 'Ada edited this' });
      const res = await call('grace', 'POST', `/api/admin/articles/${article.slug}/revisions/1/restore`, { baseRevision: stale });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({ error: { code: 'CONTENT_EDIT_CONFLICT' } });
      expect(res.json().error.message).toContain('Ada Lovelace');
      expect(await load('ada', article.slug)).toMatchObject({ headline: 'Ada edited this', revision: saved.revision });
      expect(await revisionsOf(article.slug)).toHaveLength(2);
    });

    it('lets exactly one of two simultaneous saves from the same revision through', async () => {
      const article = await create('ada');
      // Another writer holds the article's row while both saves start, so both read revision 1
      // before either writes: the moment a real race between two editors lands on.
      let release = () => undefined as void;
      let holding = () => undefined as void;
      const held = new Promise<void>((resolve) => { holding = resolve; });
      const holder = ctx.services.handle.db.transaction().execute(async (trx) => {
        await trx.updateTable('articles').set({ standfirst: article.standfirst }).where('id', '=', article.id).execute();
        holding();
        await new Promise<void>((resolve) => { release = resolve; });
      });
      await held;
      const saves = Promise.all([
        save('ada', article.slug, article.revision, { headline: 'Ada at the same moment' }),
        save('grace', article.slug, article.revision, { headline: 'Grace at the same moment' }),
      ]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      release();
      await holder;
      const [a, b] = await saves;
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const winner = a.statusCode === 200 ? 'Ada at the same moment' : 'Grace at the same moment';
      expect(await load('ada', article.slug)).toMatchObject({ headline: winner, revision: 2 });
      expect(await revisionsOf(article.slug)).toHaveLength(2);
    });
  });
});
