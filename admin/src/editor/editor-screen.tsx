import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { ApiError } from '../api/client.ts';
import type { Ref } from '../api/types.ts';
import { useSession } from '../app/session.tsx';
import { t } from '../i18n/i18n.ts';
import { LoadError, Loading } from '../ui/notices.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { useResource } from '../ui/use-resource.ts';
import { ArticleEditor, type Loaded } from './article-editor.tsx';
import { draftFromArticle, EMPTY_DRAFT } from './draft.ts';
import { editorApi, type EditableArticle } from './editor.api.ts';
import { copyKey, readCopy } from './local-copy.ts';
import './editor.css';

/**
 * What a just-created article hands to the screen at its new address. The router mounts a new
 * screen for /articles/{slug}, and the writer must not notice: same text, same caret.
 */
let handoff: { slug: string; at: number; loaded: () => Loaded } | null = null;

function takeHandoff(slug: string | null): Loaded | null {
  const found = handoff;
  handoff = null;
  // A few seconds at most: it belongs to the navigation that just happened, not to a later visit.
  return found && found.slug === slug && Date.now() - found.at < 5000 ? found.loaded() : null;
}

/** A new article's byline: the writer's own author profile (same name) when there is one, else the first. */
async function defaultAuthors(name: string, signal: AbortSignal): Promise<Ref[]> {
  const named = await editorApi.authors(name, signal, 20).catch(() => null);
  const own = named?.items.find((a) => a.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (own) return [{ name: own.name, slug: own.slug }];
  const first = (await editorApi.authors('', signal, 1)).items[0];
  return first ? [{ name: first.name, slug: first.slug }] : [];
}

async function load(slug: string | null, user: { id: number; name: string }, signal: AbortSignal): Promise<Loaded> {
  const offer = readCopy(copyKey(user.id, slug));
  if (slug) {
    const article = await editorApi.article(slug, signal);
    return { article, draft: draftFromArticle(article), dirty: false, offer };
  }
  return { article: null, draft: { ...EMPTY_DRAFT, authors: await defaultAuthors(user.name, signal) }, dirty: false, offer };
}

/** `/articles/new` and `/articles/{slug}`: loads the article (or starts a new one) and opens the editor on it. */
export function EditorScreen() {
  const params = useParams<{ slug?: string }>();
  const slug = params.slug ?? null;
  const [, navigate] = useLocation();
  const { user } = useSession();
  const [loaded, setLoaded] = useState<Loaded | null>(() => takeHandoff(slug));
  const [loadKey, setLoadKey] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [tick, setTick] = useState(0);
  // The slug the open editor is on; a save that renames the article moves the address without a reload.
  const showing = useRef<string | null | undefined>(loaded ? slug : undefined);
  const sections = useResource((signal) => editorApi.sections(signal).then((page) => page.items), 'sections');
  // A save still under way when the writer went elsewhere must not pull them back to the article.
  const mounted = useRef(true);
  useEffect(() => { mounted.current = true; return () => { mounted.current = false; }; }, []);

  useEffect(() => {
    if (!user || showing.current === slug) return undefined;
    const controller = new AbortController();
    setLoaded(null);
    setError(null);
    load(slug, user, controller.signal).then((next) => {
      showing.current = slug;
      setLoaded(next);
      setLoadKey((k) => k + 1);
    }, (err: unknown) => {
      if (!controller.signal.aborted) setError(err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', String(err)));
    });
    return () => controller.abort();
  }, [slug, user, tick]);

  const onCreated = useCallback((article: EditableArticle, next: () => Loaded) => {
    if (!mounted.current) return;
    handoff = { slug: article.slug, at: Date.now(), loaded: next };
    showing.current = article.slug;
    navigate(`/articles/${encodeURIComponent(article.slug)}`, { replace: true });
  }, [navigate]);

  const onSlugChanged = useCallback((next: string) => {
    if (!mounted.current) return;
    showing.current = next;
    navigate(`/articles/${encodeURIComponent(next)}`, { replace: true });
  }, [navigate]);

  if (!user) return null;
  if (error) {
    return (
      <>
        <PageHeader title={t(slug ? 'editor.titleEdit' : 'editor.titleNew')} />
        <LoadError message={t('editor.loadFailed', { message: error.status === 0 ? t('error.network') : error.message })} onRetry={() => { showing.current = undefined; setTick((n) => n + 1); }} />
      </>
    );
  }
  if (!loaded || !sections.data) {
    return sections.error
      ? <LoadError message={t('editor.loadFailed', { message: sections.error.message })} onRetry={sections.reload} />
      : <Loading />;
  }
  return <ArticleEditor key={loadKey} user={user} loaded={loaded} sections={sections.data} onCreated={onCreated} onSlugChanged={onSlugChanged} />;
}
