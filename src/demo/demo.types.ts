/** The shapes of the demo newsroom's content. */

export interface DemoSection { name: string; slug: string; description: string }
export interface DemoAuthor { name: string; slug: string; bio: string }
export interface DemoImage { file: string; alt: string; caption: string; credit: string; width: number; height: number }
export interface DemoArticle {
  headline: string;
  slug: string;            // kebab-case, ascii, unique
  standfirst: string;      // one or two sentences
  section: string;         // a DemoSection slug
  authors: string[];       // 1-2 DemoAuthor slugs
  tags: string[];          // 2-4 tag names, reused across articles so that tags group related stories
  image: DemoImage | null; // most articles have one
  daysAgo: number;         // 0..40, spread over recent weeks (several on the same day is fine)
  hour: number;            // 6..22, local publishing hour
  updatedHoursLater?: number; // some articles were updated after publication
  body: string;            // Markdown
}

const DESK = "Illustration: Ledger graphics desk";

/** Builds a 1200x675 demo illustration reference. */
export function illustration(name: string, alt: string, caption: string, credit: string = DESK): DemoImage {
  return { file: `/static/demo/${name}.svg`, alt, caption, credit, width: 1200, height: 675 };
}

