// Shared setup for the comment form tests (comment-form.*.test.ts): one app per dialect, a moderator
// session, the default comment policy, and helpers that post the form the way a browser would.
import { beforeAll, beforeEach } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { buildArticle } from '../../test/support/factories.ts';
import { signInRoles } from '../../test/support/sign-in.ts';
import type { CommentsService } from '../comments/index.ts';
import type { Dialect } from '../db/index.ts';
import { SITE } from './site.test-support.ts';

type Policy = Parameters<CommentsService['administration']['saveSettings']>[0];

const DEFAULT_POLICY: Policy = {
  moderation: 'first-time', closeAfterDays: 0, holdLinks: 2, moderationWords: '', blockedWords: '', minFormSeconds: 3, floodSeconds: 15, notifyModerators: false,
};
const FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded', origin: SITE };

/** A held comment's private link: article path, comment id, moderation hash, anchor id. */
export const HELD_LINK = /^(\/[^/?#]+\/[^/?#]+\/)\?unapproved=(\d+)&moderation-hash=([\w-]{22})#comment-(\d+)$/;

/** The text of the error box above the form, or '' when there is none. */
export const formErrorText = (html: string) => /id="comment-form-error"[^>]*>([^<]*)<\/div>/.exec(html)?.[1]?.trim() ?? '';

/** The anti-bot stamp drawn into a page's comment form, or '' when the page has no form. */
export const stampIn = (html: string) => /name="stamp" value="([^"]+)"/.exec(html)?.[1] ?? '';

/** How {@link useCommentForm}'s `post` sends the form. */
export interface PostOptions { ip?: string; json?: boolean; headers?: Record<string, string>; stamp?: string | null }

/**
 * Starts the app for one dialect and registers the shared hooks in the calling `describe`: a moderator
 * signs in once, and every test begins with the policy open to all. Returns the helpers the tests use.
 */
export function useCommentForm(dialect: Dialect) {
  const ctx = useTestApp(dialect);
  let moderatorCookie = '';
  let seq = 0;

  beforeAll(async () => {
    moderatorCookie = (await signInRoles(ctx.app, ctx.services.accounts, ['moderator'])).get('moderator') ?? '';
  });
  beforeEach(async () => { await setPolicy({ moderation: 'open' }); });

  const setPolicy = (changes: Partial<Policy>) => ctx.services.comments.administration.saveSettings({ ...DEFAULT_POLICY, ...changes });
  const get = (url: string, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'GET', url, headers });
  const storedFrom = async (email: string) => (await ctx.services.comments.moderation.list({ email: email.toLowerCase() }, 1, 100)).items;
  const admin = (url: string) => ctx.app.inject({ method: 'POST', url, headers: { cookie: moderatorCookie, origin: SITE } });

  async function story(fields: Parameters<typeof buildArticle>[1] = {}) {
    const article = await buildArticle(ctx.services.writer, fields);
    return { ...article, path: `/${article.sectionSlug}/${article.slug}/` };
  }

  /** A new sender's form values: own name and email, one line of text. */
  function sender(fields: Record<string, string> = {}) {
    const n = ++seq;
    return { comment: `Comment number ${n}.`, author: `Reader ${n}`, email: `form${n}@example.org`, url: '', ...fields };
  }

  /**
   * Posts the form as a browser would: the stamp from the article page drawn 5 s before (unless
   * given; null leaves it out), from this site, from an IP of its own.
   */
  async function post(path: string, fields: Record<string, string>, options: PostOptions = {}) {
    let stamp = options.stamp;
    if (stamp === undefined) {
      stamp = stampIn((await get(path)).body);
      ctx.services.clock.advance(5_000);
    }
    const n = ++seq;
    return ctx.app.inject({
      method: 'POST', url: `${path}comments`, remoteAddress: options.ip ?? `10.3.${Math.floor(n / 200)}.${(n % 200) + 1}`,
      headers: { ...FORM_HEADERS, ...(options.json ? { accept: 'application/json' } : {}), ...options.headers },
      payload: new URLSearchParams({ ...(stamp === null ? {} : { stamp }), ...fields }).toString(),
    });
  }

  // The cookie is read when a test runs, after beforeAll has signed the moderator in.
  return { ctx, moderatorCookie: () => moderatorCookie, setPolicy, get, storedFrom, admin, story, sender, post };
}
