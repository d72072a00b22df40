// Seeds the benchmark database: the demo newsroom, then generated articles up to a total.
import { sql } from 'kysely';
import { seedDemo } from '../src/demo/index.ts';
import { sanitiseBody } from '../src/content/index.ts';
import type { startRuntime } from '../src/server/runtime.ts';
import { slugify } from '../src/common/slugify.ts';
import { bodyHtml, createRng, headline, standfirst, tagNames, type Rng } from './corpus.ts';

type Runtime = Awaited<ReturnType<typeof startRuntime>>;
type Image = { url: string; alt: string; caption: string; credit: string; width: number | null; height: number | null };

/** How the generated articles went in: one writer transaction each, or batched raw rows. */
export type SeedMode = 'writer' | 'batch';

export interface SeedOutcome { demoArticles: number; generated: number; total: number; tags: number; seconds: number; mode: SeedMode }

interface Generated {
  headline: string; slug: string; standfirst: string; body: string; sectionSlug: string;
  authorSlugs: string[]; tags: string[]; publishedAt: string; updatedAt: string; image: Image | null;
}

const TWO_YEARS_MS = 2 * 365 * 86_400_000;
const BATCH = 500;

/** Adds the demo newsroom, then generated articles until the database holds `target` articles. */
export async function seedDatabase(runtime: Runtime, target: number, mode: SeedMode, log: (line: string) => void): Promise<SeedOutcome> {
  const started = performance.now();
  const { writer, handle, clock } = runtime;
  const demo = await seedDemo(writer, clock);
  const db = handle.db;
  const sections = await db.selectFrom('sections').select(['id', 'slug']).orderBy('id').execute();
  const authors = await db.selectFrom('authors').select(['id', 'slug']).orderBy('id').execute();
  const demoTags = await db.selectFrom('tags').select(['id', 'name', 'slug']).execute();
  const images: Image[] = (await db.selectFrom('articles')
    .select(['imageUrl', 'imageAlt', 'imageCaption', 'imageCredit', 'imageWidth', 'imageHeight'])
    .where('imageUrl', 'is not', null).execute())
    .map((r) => ({ url: r.imageUrl ?? '', alt: r.imageAlt ?? '', caption: r.imageCaption ?? '', credit: r.imageCredit ?? '', width: r.imageWidth, height: r.imageHeight }));
  if (sections.length === 0 || authors.length === 0) throw new Error('seedDemo left no sections or authors to write into');

  const rng = createRng(20261125);
  const taken = new Set(demoTags.map((t) => t.slug));
  const pool = [...tagNames(rng, 300, taken), ...demoTags.map((t) => t.name)];
  const existing = await writer.countArticles();
  const count = Math.max(0, target - existing);
  const now = clock.now().getTime();
  const articles = Array.from({ length: count }, (_, i) => generate(rng, i, now, pool, sections, authors, images));

  if (mode === 'writer') {
    for (const [i, a] of articles.entries()) {
      await writer.createArticle({ ...a, bodyFormat: 'html', status: 'published' });
      if ((i + 1) % 1000 === 0) log(`  … ${i + 1}/${count} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  } else {
    await insertBatched(runtime, articles, pool, sections, authors);
  }
  // A live database has planner statistics (autovacuum, PRAGMA optimize); a just-seeded one
  // does not yet, and would be measured with plans no real site runs.
  await sql`analyze`.execute(db);
  const total = await writer.countArticles();
  const tagRow = await db.selectFrom('tags').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return { demoArticles: demo.articles, generated: count, total, tags: Number(tagRow?.n ?? 0), seconds: (performance.now() - started) / 1000, mode };
}

function generate(rng: Rng, i: number, now: number, pool: string[], sections: { slug: string }[],
  authors: { slug: string }[], images: Image[]): Generated {
  const head = headline(rng);
  const slug = `${slugify(head).slice(0, 100).replace(/-+$/, '')}-${i.toString(36)}`;
  const authorSlugs = [rng.pick(authors).slug];
  if (authors.length > 1 && rng.next() < 0.15) {
    const second = rng.pick(authors).slug;
    if (second !== authorSlugs[0]) authorSlugs.push(second);
  }
  const tags = new Set<string>();
  const want = rng.int(2, 4);
  while (tags.size < want) tags.add(rng.pick(pool));
  const published = now - 120_000 - Math.floor(rng.next() * TWO_YEARS_MS);
  const updated = rng.next() < 0.2 ? Math.min(now - 60_000, published + rng.int(1, 48) * 3_600_000) : published;
  return {
    headline: head, slug, standfirst: standfirst(rng), body: bodyHtml(rng, rng.int(300, 800)),
    sectionSlug: rng.pick(sections).slug, authorSlugs, tags: [...tags],
    publishedAt: new Date(published).toISOString(), updatedAt: new Date(updated).toISOString(),
    image: images.length > 0 && rng.next() < 0.5 ? rng.pick(images) : null,
  };
}

/** Raw rows, `BATCH` articles per transaction; bodies still pass through sanitiseBody. */
async function insertBatched(runtime: Runtime, articles: Generated[], pool: string[],
  sections: { id: number; slug: string }[], authors: { id: number; slug: string }[]): Promise<void> {
  const db = runtime.handle.db;
  const sectionIds = new Map(sections.map((s) => [s.slug, s.id]));
  const authorIds = new Map(authors.map((a) => [a.slug, a.id]));
  const tagIds = new Map<string, number>();
  await db.transaction().execute(async (trx) => {
    for (const row of await trx.selectFrom('tags').select(['id', 'slug']).execute()) tagIds.set(row.slug, row.id);
    for (const name of pool) {
      const slug = slugify(name);
      if (tagIds.has(slug)) continue;
      const { id } = await trx.insertInto('tags').values({ name, slug }).returning('id').executeTakeFirstOrThrow();
      tagIds.set(slug, id);
    }
  });
  for (let start = 0; start < articles.length; start += BATCH) {
    await db.transaction().execute(async (trx) => {
      const bylines: { articleId: number; authorId: number; position: number }[] = [];
      const tagging: { articleId: number; tagId: number }[] = [];
      for (const a of articles.slice(start, start + BATCH)) {
        const { id } = await trx.insertInto('articles').values({
          slug: a.slug, sectionId: need(sectionIds, a.sectionSlug), headline: a.headline, standfirst: a.standfirst,
          bodyHtml: sanitiseBody(a.body), status: 'published', language: 'en', publishedAt: a.publishedAt,
          updatedAt: a.updatedAt, createdAt: a.publishedAt, imageUrl: a.image?.url ?? null, imageAlt: a.image?.alt ?? null,
          imageCaption: a.image?.caption ?? null, imageCredit: a.image?.credit ?? null,
          imageWidth: a.image?.width ?? null, imageHeight: a.image?.height ?? null,
        }).returning('id').executeTakeFirstOrThrow();
        a.authorSlugs.forEach((s, position) => bylines.push({ articleId: id, authorId: need(authorIds, s), position }));
        for (const t of new Set(a.tags.map(slugify))) tagging.push({ articleId: id, tagId: need(tagIds, t) });
      }
      await trx.insertInto('articleAuthors').values(bylines).execute();
      await trx.insertInto('articleTags').values(tagging).execute();
    });
  }
}

function need<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed: unknown ${String(key)}`);
  return value;
}

/** The demo article with the most tags (so related has work): its page path. */
export async function pickDemoArticle(runtime: Runtime, demoArticles: number): Promise<string> {
  const db = runtime.handle.db;
  const demoIds = (await db.selectFrom('articles').select('id').orderBy('id').limit(Math.max(1, demoArticles)).execute()).map((r) => r.id);
  const row = await db.selectFrom('articles as a')
    .innerJoin('sections as s', 's.id', 'a.sectionId')
    .innerJoin('articleTags as at', 'at.articleId', 'a.id')
    .select(['a.slug', 's.slug as sectionSlug'])
    .select((eb) => eb.fn.count<number>('at.tagId').as('tagCount'))
    .where('a.id', 'in', demoIds)
    .where('a.status', '=', 'published')
    .groupBy(['a.id', 'a.slug', 's.slug'])
    .orderBy('tagCount', 'desc').orderBy('a.id')
    .executeTakeFirst();
  if (!row) throw new Error('no published demo article with tags to benchmark');
  return `/${row.sectionSlug}/${row.slug}/`;
}
