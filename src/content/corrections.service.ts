import type { Kysely } from 'kysely';
import { can, forbidden, type SignedInUser } from '../accounts/index.ts';
import type { PurgeBus } from '../cache/index.ts';
import type { Clock } from '../common/clock.ts';
import type { Database, Db } from '../db/index.ts';
import type { SectionRef } from './article.model.ts';
import { findArticleBySlug } from './article.repository.ts';
import { cacheTags } from './cache-tags.ts';
import { createWriteRunner } from './content-write.ts';
import { contentError } from './content.errors.ts';
import { authoriseArticleView } from './editorial-policy.ts';
import {
  deleteCorrection, findCorrection, findCorrectionsOfArticle, insertCorrection, touchArticle, updateCorrection, type CorrectionRow,
} from './corrections.repository.ts';
import type { CorrectionKind } from './corrections.table.ts';

/** A correction or clarification as the newsroom and readers see it. */
export interface Correction {
  id: number;
  kind: CorrectionKind;
  /** Plain text: escape it wherever it is shown. */
  text: string;
  /** When it was added (server time); readers see this as its date. */
  createdAt: string;
  updatedAt: string;
}

/** A correction in the newsroom, with who wrote it. */
export interface NewsroomCorrection extends Correction { createdBy: number | null }

/** One entry of the public log: a correction and the article it belongs to. */
export interface CorrectionEntry extends Correction {
  article: { id: number; headline: string; slug: string; section: SectionRef };
}

/** One page of the public log, newest first. */
export interface CorrectionPage { items: CorrectionEntry[]; page: number; limit: number; total: number; pageCount: number }

/** What a correction says; both fields are checked again here, whatever the route allowed. */
export interface CorrectionInput { kind: CorrectionKind; text: string }

/** The longest correction text accepted: a paragraph or two, never a second article. */
export const MAX_CORRECTION_TEXT = 2000;

// Control characters (other than tab and newline) have no meaning in a note to readers, and
// PostgreSQL refuses NUL outright.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

interface ArticleState { id: number; status: string; publishedAt: string | null; createdBy: number | null; embargoUntil?: string | null }

/**
 * Corrections and clarifications of published articles. Each change runs in one transaction
 * that also moves the article's modified time and logs the cache purge, as content writes do.
 */
export function createCorrectionsService(db: Kysely<Database>, clock: Clock, purges: PurgeBus) {
  const run = createWriteRunner(db, purges);
  const write = <T>(work: (trx: Db, now: string) => Promise<{ result: T; tags: string[] }>) => run((trx) => work(trx, clock.now().toISOString()));

  async function articleOf(trx: Db, slug: string): Promise<ArticleState> {
    const row = await findArticleBySlug(trx, slug);
    if (!row) throw contentError('CONTENT_ARTICLE_NOT_FOUND', `There is no article "${slug}".`, 'slug');
    return row;
  }

  async function correctionOf(trx: Db, article: ArticleState, id: number): Promise<CorrectionRow> {
    const row = await findCorrection(trx, article.id, id);
    if (!row) throw contentError('CONTENT_CORRECTION_NOT_FOUND', `This article has no correction ${id}.`, 'id');
    return row;
  }

  /** The article page and the log change; list pages show no modified time, so they stay. */
  async function touch(trx: Db, article: ArticleState, now: string): Promise<string[]> {
    if (!isPublic(article, now)) return [];
    await touchArticle(trx, article.id, now);
    return [cacheTags.article(article.id), cacheTags.corrections];
  }

  return {
    /**
     * Every correction of an article in any status, oldest first, for those who may open it.
     * @throws CONTENT_ARTICLE_NOT_FOUND, ACCOUNTS_FORBIDDEN
     */
    async list(slug: string, user: SignedInUser): Promise<NewsroomCorrection[]> {
      const article = await articleOf(db, slug);
      authoriseArticleView(user, article);
      return (await findCorrectionsOfArticle(db, article.id)).map(toNewsroomCorrection);
    },

    /**
     * Adds a correction or clarification to a published article, dated by the server's clock.
     * @throws CONTENT_ARTICLE_NOT_FOUND, ACCOUNTS_FORBIDDEN, CONTENT_ARTICLE_NOT_PUBLISHED, CONTENT_INVALID_INPUT
     */
    add: (slug: string, input: CorrectionInput, user: SignedInUser) => write(async (trx, now) => {
      const article = await articleOf(trx, slug);
      authoriseCorrectionChange(user, article, null);
      if (!isPublic(article, now)) {
        throw contentError('CONTENT_ARTICLE_NOT_PUBLISHED', 'Corrections can only be added to a published article; edit a draft or scheduled article instead.', 'slug');
      }
      const kind = checkKind(input.kind);
      const text = checkText(input.text);
      const id = await insertCorrection(trx, { articleId: article.id, kind, text, createdBy: user.id, at: now });
      return { result: { id, kind, text, createdAt: now, updatedAt: now, createdBy: user.id }, tags: await touch(trx, article, now) };
    }),

    /**
     * Changes the wording or kind of a correction; its date stays, its updated time moves.
     * @throws CONTENT_ARTICLE_NOT_FOUND, CONTENT_CORRECTION_NOT_FOUND, ACCOUNTS_FORBIDDEN, CONTENT_INVALID_INPUT
     */
    update: (slug: string, id: number, input: Partial<CorrectionInput>, user: SignedInUser) => write(async (trx, now) => {
      const article = await articleOf(trx, slug);
      const current = await correctionOf(trx, article, id);
      authoriseCorrectionChange(user, article, current);
      const changes = {
        ...(input.kind === undefined ? {} : { kind: checkKind(input.kind) }),
        ...(input.text === undefined ? {} : { text: checkText(input.text) }),
      };
      if (Object.keys(changes).length === 0) throw contentError('CONTENT_INVALID_INPUT', 'Give a new text or kind.', 'text');
      await updateCorrection(trx, id, { ...changes, updatedAt: now });
      return { result: toNewsroomCorrection({ ...current, ...changes, updatedAt: now }), tags: await touch(trx, article, now) };
    }),

    /**
     * Removes a correction added by mistake.
     * @throws CONTENT_ARTICLE_NOT_FOUND, CONTENT_CORRECTION_NOT_FOUND, ACCOUNTS_FORBIDDEN
     */
    remove: (slug: string, id: number, user: SignedInUser) => write(async (trx, now) => {
      const article = await articleOf(trx, slug);
      const current = await correctionOf(trx, article, id);
      authoriseCorrectionChange(user, article, current);
      await deleteCorrection(trx, id);
      return { result: undefined, tags: await touch(trx, article, now) };
    }),
  };
}

export type CorrectionsService = ReturnType<typeof createCorrectionsService>;

/** True when readers can see the article now: published, its time come, no embargo left. */
export function isPublic(article: Pick<ArticleState, 'status' | 'publishedAt' | 'embargoUntil'>, nowIso: string): boolean {
  return article.status === 'published' && article.publishedAt !== null && article.publishedAt <= nowIso
    && (article.embargoUntil === undefined || article.embargoUntil === null || article.embargoUntil <= nowIso);
}

/**
 * Who may correct a published article: whoever may change it once published (the publish
 * permission). Editors and administrators correct any article; authors their own, and may
 * reword or remove only corrections they wrote themselves, so an editor's correction stays.
 * @throws ACCOUNTS_FORBIDDEN
 */
export function authoriseCorrectionChange(user: SignedInUser, article: { createdBy: number | null }, correction: { createdBy: number | null } | null): void {
  if (can(user.role, 'article.publish.any')) return;
  const ownArticle = article.createdBy === user.id && can(user.role, 'article.publish.own');
  if (!ownArticle) throw forbidden('Your role cannot correct this article.');
  if (correction && correction.createdBy !== user.id) throw forbidden('Only an editor can change a correction someone else wrote.');
}

function checkKind(kind: string): CorrectionKind {
  if (kind !== 'correction' && kind !== 'clarification') {
    throw contentError('CONTENT_INVALID_INPUT', 'kind must be "correction" or "clarification".', 'kind');
  }
  return kind;
}

function checkText(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (text === '') throw contentError('CONTENT_INVALID_INPUT', 'Write the text of the correction.', 'text');
  if (text.length > MAX_CORRECTION_TEXT) throw contentError('CONTENT_INVALID_INPUT', `The text may be at most ${MAX_CORRECTION_TEXT} characters.`, 'text');
  if (CONTROL_CHARACTERS.test(text)) throw contentError('CONTENT_INVALID_INPUT', 'The text contains control characters.', 'text');
  return text;
}

function toNewsroomCorrection(row: CorrectionRow): NewsroomCorrection {
  return { id: row.id, kind: row.kind, text: row.text, createdAt: row.createdAt, updatedAt: row.updatedAt, createdBy: row.createdBy };
}
