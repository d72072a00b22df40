/**
 * The names of page-cache tags, in one place: pages are stored under them (site/) and writes
 * purge them (content/), so both sides must spell them alike.
 */
export const cacheTags = {
  article: (id: number) => `article:${id}`,
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  home: 'home',
  sections: 'sections',
  /** The public log of corrections and clarifications (/corrections/). */
  corrections: 'corrections',
  /** An article's comment thread (its page and the pages of older comments). */
  comments: (articleId: number) => `comments:${articleId}`,
  everything: '*',
} as const;

/** Every tag a change to one article's visibility or listing touches. */
export function articleCacheTags(id: number, section: string, tags: readonly string[], authors: readonly string[]): string[] {
  return [...new Set([cacheTags.article(id), cacheTags.home, cacheTags.section(section), ...tags.map(cacheTags.tag), ...authors.map(cacheTags.author)])];
}
