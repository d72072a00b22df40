import type { Clock } from '../common/clock.ts';
import { isSlug, slugify } from '../common/slugify.ts';
import { RESERVED_ARTICLE_SLUGS } from './reserved-slugs.ts';
import type { Db } from '../db/index.ts';
import type { ArticleInput } from './article.input.ts';
import type { EditableArticleRow } from './article.repository.ts';
import { findAuthorIdsBySlugs, findTagIdsByNames, findTagIdsBySlugs, insertTag } from './article-write.repository.ts';
import { markdownToBody, sanitiseBody } from './body.ts';
import { contentError } from './content.errors.ts';
import { forgetRedirect } from './taxonomy-writer.repository.ts';
import { findSectionBySlug } from './taxonomy.repository.ts';

const MAX_HEADLINE = 300;
const MAX_STANDFIRST = 1000;
const MAX_BODY = 2_000_000;
const MAX_SEO_TITLE = 200;
const MAX_SEO_DESCRIPTION = 400;

/**
 * Validates an article input and turns it into column values. For an update (`current` given),
 * a field left out keeps its current value; for a create it takes its default.
 * @throws CONTENT_INVALID_INPUT, CONTENT_SECTION_NOT_FOUND, CONTENT_AUTHOR_NOT_FOUND
 */
export async function toRow(trx: Db, input: ArticleInput, clock: Clock, current: EditableArticleRow | null) {
  const headline = requireText(input.headline, 'headline', MAX_HEADLINE);
  const slug = checkSlug(input.slug ?? current?.slug ?? slugify(headline), 'slug');
  if (RESERVED_ARTICLE_SLUGS.has(slug) && slug !== current?.slug) {
    throw contentError('CONTENT_INVALID_INPUT', `"${slug}" is the address of the section's feed; choose another slug.`, 'slug');
  }
  const section = await findSectionBySlug(trx, input.sectionSlug);
  if (!section) throw contentError('CONTENT_SECTION_NOT_FOUND', `There is no section "${input.sectionSlug}".`, 'sectionSlug');
  const authorRows = await findAuthorIdsBySlugs(trx, input.authorSlugs);
  const authorIds = input.authorSlugs.map((s) => {
    const found = authorRows.find((r) => r.slug === s);
    if (!found) throw contentError('CONTENT_AUTHOR_NOT_FOUND', `There is no author "${s}".`, 'authorSlugs');
    return found.id;
  });
  // Tags left out of an update stay as they are (null: do not touch).
  const tags = input.tags === undefined && current ? null : await ensureTags(trx, input.tags ?? []);
  const now = clock.now().toISOString();
  const status = input.status ?? current?.status ?? 'draft';
  const embargoUntil = input.embargoUntil === undefined ? current?.embargoUntil ?? null
    : input.embargoUntil === null ? null : checkDate(input.embargoUntil, 'embargoUntil');
  const requestedAt = input.publishedAt
    ? checkDate(input.publishedAt, 'publishedAt')
    : (input.publishedAt === undefined ? current?.publishedAt ?? null : null) ?? (status === 'published' ? now : null);
  // An embargo is a floor under the publication time: readers' queries show nothing dated later
  // than now, so a published article under embargo stays out of sight until the embargo lifts.
  const goesPublic = status === 'published' || status === 'scheduled';
  const publishedAt = goesPublic && embargoUntil !== null && (requestedAt === null || requestedAt < embargoUntil) ? embargoUntil : requestedAt;
  const image = input.image === undefined && current
    ? { url: current.imageUrl, alt: current.imageAlt, caption: current.imageCaption, credit: current.imageCredit, width: current.imageWidth, height: current.imageHeight }
    : { url: input.image?.url ?? null, alt: input.image?.alt ?? null, caption: input.image?.caption ?? null, credit: input.image?.credit ?? null, width: input.image?.width ?? null, height: input.image?.height ?? null };
  if (image.url !== null && !/^(https?:\/\/|\/(?!\/))/i.test(image.url)) {
    throw contentError('CONTENT_INVALID_INPUT', 'image.url must be an http(s) URL or a path on this site.', 'image.url');
  }
  return {
    slug,
    sectionSlug: section.slug,
    authorIds,
    tagIds: tags?.tagIds ?? null,
    tagSlugs: tags?.tagSlugs ?? [],
    columns: {
      sectionId: section.id,
      headline,
      standfirst: input.standfirst === undefined && current ? current.standfirst : optionalText(input.standfirst, 'standfirst', MAX_STANDFIRST),
      bodyHtml: bodyHtml(input, current),
      status,
      language: input.language ?? current?.language ?? 'en',
      publishedAt,
      updatedAt: input.updatedAt ? checkDate(input.updatedAt, 'updatedAt') : current ? now : publishedAt ?? now,
      imageUrl: image.url,
      imageAlt: image.alt,
      imageCaption: image.caption,
      imageCredit: image.credit,
      imageWidth: image.width,
      imageHeight: image.height,
      embargoUntil,
      seoTitle: input.seoTitle === undefined && current ? current.seoTitle : optionalText(input.seoTitle, 'seoTitle', MAX_SEO_TITLE),
      seoDescription: input.seoDescription === undefined && current
        ? current.seoDescription : optionalText(input.seoDescription, 'seoDescription', MAX_SEO_DESCRIPTION),
    },
  };
}

function bodyHtml(input: ArticleInput, current: EditableArticleRow | null): string {
  if (input.body === undefined && current) return current.bodyHtml ?? '';
  const body = input.body ?? '';
  if (body.length > MAX_BODY) throw contentError('CONTENT_INVALID_INPUT', 'The body is too long.', 'body');
  return input.bodyFormat === 'markdown' ? markdownToBody(body) : sanitiseBody(body);
}

async function ensureTags(trx: Db, names: string[]) {
  const wanted = new Map<string, string>();
  for (const name of names) {
    const clean = requireText(name, 'tags', 100);
    const slug = slugify(clean);
    if (slug) wanted.set(slug, clean);
  }
  const bySlug = await findTagIdsBySlugs(trx, [...wanted.keys()]);
  const byName = await findTagIdsByNames(trx, [...wanted.values()]);
  const tagIds: number[] = [];
  const tagSlugs: string[] = [];
  for (const [slug, name] of wanted) {
    // The tag at this slug, else one with this name whose slug was changed, else a new tag.
    const found = bySlug.find((r) => r.slug === slug) ?? byName.find((r) => r.name.toLowerCase() === name.toLowerCase());
    if (found) {
      tagIds.push(found.id);
      tagSlugs.push(found.slug);
      continue;
    }
    tagIds.push(await insertTag(trx, { name, slug }));
    tagSlugs.push(slug);
    // A tag made anew at a once-redirected slug is that slug's page now.
    await forgetRedirect(trx, 'tag', slug);
  }
  return { tagIds: [...new Set(tagIds)], tagSlugs: [...new Set(tagSlugs)] };
}

// Control characters other than tab and newline have no place in a headline or name.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function requireText(value: unknown, property: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') throw contentError('CONTENT_INVALID_INPUT', `${property} must not be empty.`, property);
  return optionalText(value, property, max);
}

function optionalText(value: unknown, property: string, max: number): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw contentError('CONTENT_INVALID_INPUT', `${property} must be text.`, property);
  const text = value.trim();
  if (text.length > max) throw contentError('CONTENT_INVALID_INPUT', `${property} must be at most ${max} characters.`, property);
  if (CONTROL.test(text)) throw contentError('CONTENT_INVALID_INPUT', `${property} contains control characters.`, property);
  return text;
}

export function checkSlug(slug: string, property: string): string {
  if (!isSlug(slug)) throw contentError('CONTENT_INVALID_INPUT', `${property} must be lower-case words joined by hyphens.`, property);
  return slug;
}

export function checkDate(value: string, property: string): string {
  const date = new Date(value);
  // Times are stored and compared as ISO text, which sorts right only for four-digit years.
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1000 || year > 9999) {
    throw contentError('CONTENT_INVALID_INPUT', `${property} must be an ISO 8601 date.`, property);
  }
  return date.toISOString();
}
