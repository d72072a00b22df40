/** Original demo newsroom content for a fictional city paper; written for Dateline, copied from nowhere. */

// The Harbour Ledger is an invented newspaper serving the invented city of Port Averill.
// Every person, place, company, club and council named below is fictional.

import { BUSINESS_ARTICLES } from './articles/business.ts';
import { CULTURE_ARTICLES } from './articles/culture.ts';
import { NEWS_ARTICLES } from './articles/news.ts';
import { POLITICS_ARTICLES } from './articles/politics.ts';
import { SCIENCE_ARTICLES } from './articles/science.ts';
import { SPORT_ARTICLES } from './articles/sport.ts';
import type { DemoArticle, DemoAuthor, DemoSection } from './demo.types.ts';

export type { DemoArticle, DemoAuthor, DemoImage, DemoSection } from './demo.types.ts';

export const DEMO_SECTIONS: DemoSection[] = [
  { name: "News", slug: "news", description: "Breaking news and everyday stories from Port Averill's streets, wards and waterfront." },
  { name: "Politics", slug: "politics", description: "City hall, the council chamber and the decisions that shape how Port Averill is run." },
  { name: "Business", slug: "business", description: "The city's economy, from the shipyard and the port to high-street traders and university start-ups." },
  { name: "Science", slug: "science", description: "Research, environment and discovery from the University of Port Averill and the waters around the city." },
  { name: "Culture", slug: "culture", description: "Theatre, music, film, books and the people who make Port Averill's cultural life." },
  { name: "Sport", slug: "sport", description: "Averill Rovers, rowing on the harbour and the grassroots clubs that keep the city playing." },
];

export const DEMO_AUTHORS: DemoAuthor[] = [
  {
    name: "Priya Venkataraman",
    slug: "priya-venkataraman",
    bio: "Priya Venkataraman is the Ledger's news editor and has covered Port Averill for eleven years, starting on the overnight desk. She still answers the tip line herself on Sunday mornings.",
  },
  {
    name: "Łukasz Zieliński",
    slug: "lukasz-zielinski",
    bio: "Łukasz Zieliński covers transport and infrastructure, which in Port Averill mostly means anything that crosses the harbour. Before joining the Ledger he was a site engineer on the Eastbank flood wall.",
  },
  {
    name: "Marguerite Oyelaran",
    slug: "marguerite-oyelaran",
    bio: "Marguerite Oyelaran is the Ledger's city hall correspondent and writes the weekly Chamber Notes column. She has sat through more budget scrutiny committees than she cares to count.",
  },
  {
    name: "Nguyễn Thị Lan",
    slug: "nguyen-thi-lan",
    bio: "Nguyễn Thị Lan reports on business, the port economy and the people who keep the city's high streets open. She grew up above her family's bakery on Quarry Lane.",
  },
  {
    name: "Zoë Harcastle",
    slug: "zoe-harcastle",
    bio: "Zoë Harcastle is the Ledger's science and environment correspondent. She trained as a marine biologist and still keeps a tide table pinned above her desk.",
  },
  {
    name: "Amélie Fournier-Reid",
    slug: "amelie-fournier-reid",
    bio: "Amélie Fournier-Reid edits the culture pages and reviews theatre, film and the occasional brass band. She lives in the Old Town, three doors from a rehearsal room.",
  },
  {
    name: "Declan Moorcroft",
    slug: "declan-moorcroft",
    bio: "Declan Moorcroft has followed Averill Rovers home and away for fourteen seasons as the Ledger's sports editor. He also covers rowing on the harbour, usually from a very cold pontoon.",
  },
  {
    name: "Ruth Achterberg",
    slug: "ruth-achterberg",
    bio: "Ruth Achterberg reports on health, schools and the public services families rely on. She spent six years teaching secondary science in Caddock before moving into journalism.",
  },
];

/** Every demo article, by section. */
export const DEMO_ARTICLES: DemoArticle[] = [
  ...NEWS_ARTICLES, ...POLITICS_ARTICLES, ...BUSINESS_ARTICLES, ...SCIENCE_ARTICLES, ...CULTURE_ARTICLES, ...SPORT_ARTICLES,
];
