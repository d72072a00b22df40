import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { isAppError } from '../common/app-error.ts';
import { MAX_QUERY_CHARS, type Search, type SearchOutcome } from '../search/index.ts';
import type { MessageKey } from './i18n/index.ts';
import { sendFreshPage } from './page-response.ts';
import { renderDocument } from './site.routes.tsx';
import type { SiteService } from './site.service.ts';
import { SearchPage, type SearchForm } from './templates/search-page.tsx';

export interface SearchRoutesOptions { site: SiteService; search: Search }

const PAGE = /^[1-9][0-9]{0,4}$/;

/** One query parameter as text: the first of repeated ones, nothing for anything else. */
function param(query: unknown, name: string): string {
  const value = (query as Record<string, unknown> | null)?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/**
 * The reader's search page, `/search?q=&section=&from=&to=&page=`. Any query string gives a page:
 * results, or the form again with what was wrong (status 400). Results are sent `private,
 * no-store` and never kept in the page cache: queries are endless, so caching would mostly hold
 * one-offs, and an article taken down must leave results at once, not when a cache expires.
 */
export const searchRoutes: FastifyPluginAsyncTypebox<SearchRoutesOptions> = async (app, { site, search }) => {
  app.get('/search', { schema: { hide: true } }, async (request, reply) => {
    const q = param(request.query, 'q');
    const form: SearchForm = {
      q: q.slice(0, MAX_QUERY_CHARS), section: param(request.query, 'section'), from: param(request.query, 'from'), to: param(request.query, 'to'),
      exact: param(request.query, 'exact') === '1',
    };
    const pageText = param(request.query, 'page');
    const page = PAGE.test(pageText) ? Number(pageText) : 1;
    const view = await site.siteView();
    let outcome: SearchOutcome | null = null;
    let problem: string | null = null;
    if (q.trim() !== '' || form.section || form.from || form.to) {
      try {
        outcome = await search.search({ q, section: form.section || undefined, from: form.from || undefined, to: form.to || undefined, page, limit: 10, exact: form.exact });
      } catch (error) {
        if (!isAppError(error) || error.status !== 400) throw error;
        problem = view.t(`searchError_${error.code}` as MessageKey, { max: MAX_QUERY_CHARS });
      }
    }
    const html = renderDocument(<SearchPage site={view} view={{ form, outcome, problem }} />);
    return sendFreshPage(request, reply, html, [], problem ? 400 : 200, true);
  });
};
