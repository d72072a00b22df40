import { randomBytes } from 'node:crypto';
import { beforeAll } from 'vitest';
import type { ArticleInput, ContentWriter } from '../../src/content/index.ts';

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${randomBytes(2).toString('hex')}`;

/** Creates a section with a unique slug. */
export async function buildSection(writer: ContentWriter, fields: { name?: string; slug?: string; description?: string; position?: number } = {}) {
  const slug = fields.slug ?? unique('section');
  await writer.createSection({ name: fields.name ?? `Section ${slug}`, slug, description: fields.description ?? '', position: fields.position ?? 0 });
  return slug;
}

/** Creates an author with a unique slug. */
export async function buildAuthor(writer: ContentWriter, fields: { name?: string; slug?: string; bio?: string } = {}) {
  const slug = fields.slug ?? unique('author');
  await writer.createAuthor({ name: fields.name ?? `Author ${slug}`, slug, bio: fields.bio ?? '' });
  return slug;
}

/**
 * Registers a beforeAll that creates a section and an author on the services of `ctx` (a
 * useTestApp result). Returns a getter for the article fields that file under them, to call
 * inside hooks and tests once that beforeAll has run.
 */
export function useSectionAndAuthor(ctx: { readonly services: { readonly writer: ContentWriter } }): () => { sectionSlug: string; authorSlugs: string[] } {
  let made: { sectionSlug: string; authorSlugs: string[] } | undefined;
  beforeAll(async () => {
    made = { sectionSlug: await buildSection(ctx.services.writer), authorSlugs: [await buildAuthor(ctx.services.writer)] };
  });
  return () => {
    if (!made) throw new Error('useSectionAndAuthor: not made yet');
    return { ...made, authorSlugs: [...made.authorSlugs] };
  };
}

/** Creates a published article (with its own section and author unless given). */
export async function buildArticle(writer: ContentWriter, fields: Partial<ArticleInput> = {}) {
  const sectionSlug = fields.sectionSlug ?? await buildSection(writer);
  const authorSlugs = fields.authorSlugs ?? [await buildAuthor(writer)];
  const slug = fields.slug ?? unique('story');
  const input: ArticleInput = {
    headline: `Headline ${slug}`,
    standfirst: 'A standfirst.',
    body: '<p>Body text.</p>',
    status: 'published',
    publishedAt: '2026-11-19T09:00:00.000Z',
    tags: [],
    ...fields,
    slug,
    sectionSlug,
    authorSlugs,
  };
  const id = await writer.createArticle(input);
  return { id, slug, sectionSlug, authorSlugs };
}
