import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import type { FieldErrors } from './article-settings.tsx';
import { replaceBody } from './body-editor.tsx';
import { draftFromArticle, missingForSave, suggestSlug, writeFromDraft, type Draft } from './draft.ts';
import { editorApi, type EditableArticle } from './editor.api.ts';
import { copyKey, removeCopy, writeCopy, type LocalCopy } from './local-copy.ts';

/** Quiet time after the last change before an autosave. */
export const AUTOSAVE_MS = 2500;
const RETRY_SECONDS = [5, 10, 20, 30, 60];
/** Saving these puts the text in front of readers at once, so they are only saved on request. */
const LIVE = new Set(['published', 'scheduled']);

export type SavePhase = 'idle' | 'saving' | 'saved' | 'failed' | 'retrying' | 'conflict';

export interface SaveState {
  phase: SavePhase;
  /** When the last save went through (ISO). */
  savedAt?: string;
  reason?: string;
  retryIn?: number;
}

export interface SessionStart {
  article: EditableArticle | null;
  draft: Draft;
  /** True when the draft holds changes the server does not have. */
  dirty: boolean;
  /** When it was last saved, if this editor just did (a new article's first save). */
  savedAt?: string;
}

export interface SessionEvents {
  /** A new article was created: the screen moves to its address. */
  onCreated: (article: EditableArticle, dirty: boolean) => void;
  /** A save changed the slug: the address follows. */
  onSlugChanged: (slug: string) => void;
  /**
   * Whether a new article may be created by autosave now. Creating moves the screen to a new
   * address, which would drop a half-typed tag or an open dialog; then it waits.
   */
  mayCreateNow: () => boolean;
}

/** Whether an autosave may run now: never for what readers see, never during a conflict. */
export function mayAutosave(article: EditableArticle | null, conflict: string | null): boolean {
  return conflict === null && !(article && LIVE.has(article.status));
}

/**
 * The article being edited and its way to the server: the draft, a copy of every change in this
 * browser, autosave after a pause, retries while the connection is down, and the conflict
 * answer when someone else saved in between.
 */
export function useArticleSession(userId: number, start: SessionStart, events: SessionEvents) {
  const [article, setArticle] = useState(start.article);
  const [draft, setDraftState] = useState(start.draft);
  const [version, setVersion] = useState(start.dirty ? 1 : 0);
  const [save, setSave] = useState<SaveState>(start.savedAt ? { phase: 'saved', savedAt: start.savedAt } : { phase: 'idle' });
  const [errors, setErrors] = useState<FieldErrors>({});
  /** Problems of the last save the writer asked for; autosave failures only show in the status line. */
  const [problems, setProblems] = useState<{ field?: string; message: string }[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const [storageFull, setStorageFull] = useState(false);
  const refs = useRef({
    article: start.article, draft: start.draft, version: start.dirty ? 1 : 0, savedVersion: 0,
    baseRevision: start.article?.revision ?? null, conflict: null as string | null,
    inFlight: null as Promise<boolean> | null, again: false, attempt: 0, retryTimer: 0, editor: null as Editor | null,
    events,
  });
  refs.current.events = events;
  const key = useCallback(() => copyKey(userId, refs.current.article?.slug ?? null), [userId]);

  const keepLocal = useCallback(() => {
    const r = refs.current;
    const copy: LocalCopy = { draft: r.draft, baseRevision: r.baseRevision, changedAt: new Date().toISOString() };
    setStorageFull(!writeCopy(key(), copy));
  }, [key]);

  /** Every change of the writer's: kept in this browser at once, saved after a pause. */
  const change = useCallback((patch: Partial<Draft>) => {
    const r = refs.current;
    const next = { ...r.draft, ...patch };
    if (!r.article && !next.slugTouched && 'headline' in patch) next.slug = suggestSlug(next.headline);
    r.draft = next;
    r.version += 1;
    setDraftState(next);
    setVersion(r.version);
    setErrors((old) => {
      const touched = Object.keys(patch).map((k) => (k === 'authors' ? 'authorSlugs' : k)).filter((k) => k in old);
      if (touched.length === 0) return old;
      const next = { ...old };
      for (const k of touched) delete next[k];
      return next;
    });
    keepLocal();
  }, [keepLocal]);

  /** Replaces everything (their version, a restored copy): the body editor too, without counting it as typing. */
  const replace = useCallback((next: Draft, options: { dirty: boolean; baseRevision?: number | null }) => {
    const r = refs.current;
    r.draft = next;
    if (options.baseRevision !== undefined) r.baseRevision = options.baseRevision;
    r.version += 1;
    if (!options.dirty) r.savedVersion = r.version;
    setDraftState(next);
    setVersion(r.version);
    if (r.editor) replaceBody(r.editor, next.body);
    if (options.dirty) keepLocal();
    else removeCopy(key());
  }, [keepLocal, key]);

  const runSave = useCallback(async (kind: 'auto' | 'manual'): Promise<boolean> => {
    const r = refs.current;
    if (r.inFlight) {
      // One save at a time: the next one goes when this one is answered, with whatever is newest then.
      if (kind === 'manual') return r.inFlight.then(() => runSave('manual'));
      r.again = true;
      return false;
    }
    const missing = missingForSave(r.draft);
    if (missing.length > 0) {
      if (kind === 'manual') {
        const found = missing.map((m) => ({ field: m, message: t(`editor.required.${m}`) }));
        setErrors(Object.fromEntries(found.map((p) => [p.field, p.message])));
        setProblems(found);
      }
      return false;
    }
    if (kind === 'auto' && !mayAutosave(r.article, r.conflict)) return false;
    if (kind === 'auto' && !r.article && !r.events.mayCreateNow()) {
      window.clearTimeout(r.retryTimer);
      r.retryTimer = window.setTimeout(() => void runSave('auto'), AUTOSAVE_MS);
      return false;
    }
    window.clearTimeout(r.retryTimer);
    const sent = r.version;
    const body = writeFromDraft(r.draft);
    const before = r.article;
    const oldKey = key();
    setSave((s) => ({ ...s, phase: 'saving' }));
    const attempt = (async () => {
      try {
        const saved = before && r.baseRevision !== null
          ? await editorApi.save(before.slug, body, r.baseRevision)
          : await editorApi.create(body);
        r.article = saved;
        r.baseRevision = saved.revision;
        r.savedVersion = sent;
        r.attempt = 0;
        // The server may have normalised the slug; it is not the writer's change, so it does not count as one.
        if (r.draft.slug !== saved.slug) { r.draft = { ...r.draft, slug: saved.slug, slugTouched: true }; setDraftState(r.draft); }
        setArticle(saved);
        setErrors({});
        setProblems([]);
        setSave({ phase: 'saved', savedAt: new Date().toISOString() });
        removeCopy(oldKey);
        const dirty = r.version !== sent;
        if (dirty) keepLocal();
        if (!before) r.events.onCreated(saved, dirty);
        else if (before.slug !== saved.slug) r.events.onSlugChanged(saved.slug);
        return true;
      } catch (error) {
        failed(error, kind);
        return false;
      } finally {
        r.inFlight = null;
      }
    })();
    r.inFlight = attempt;
    const ok = await attempt;
    if (r.again) {
      r.again = false;
      if (ok && r.version !== r.savedVersion) void runSave('auto');
    }
    return ok;
  }, [key, keepLocal]);

  function failed(error: unknown, kind: 'auto' | 'manual') {
    const r = refs.current;
    if (!(error instanceof ApiError)) { setSave({ phase: 'failed', reason: t('error.generic') }); return; }
    const field = error.property?.split('.')[0];
    if (kind === 'manual' && error.code !== 'CONTENT_EDIT_CONFLICT') {
      setProblems([{ ...(field && field !== 'baseRevision' ? { field } : {}), message: error.status === 0 ? t('error.network') : error.message }]);
    }
    if (error.status === 409 && error.code === 'CONTENT_EDIT_CONFLICT') {
      r.conflict = error.message;
      setConflict(error.message);
      setSave({ phase: 'conflict' });
      return;
    }
    if (error.status === 0 || error.status >= 500) {
      // Down or overloaded: keep trying, slower each time; the copy in this browser holds the work meanwhile.
      const seconds = RETRY_SECONDS[Math.min(r.attempt, RETRY_SECONDS.length - 1)] ?? 60;
      r.attempt += 1;
      setSave({ phase: 'retrying', reason: error.status === 0 ? t('editor.save.offline') : error.message, retryIn: seconds });
      r.retryTimer = window.setTimeout(() => void runSave('auto'), seconds * 1000);
      return;
    }
    if (field) setErrors({ [field]: error.message });
    setSave({ phase: 'failed', reason: error.message });
  }

  // Autosave: a pause after the last change, unless what is being edited is live or in conflict.
  useEffect(() => {
    const r = refs.current;
    if (r.version === r.savedVersion || !mayAutosave(r.article, conflict)) return undefined;
    const timer = window.setTimeout(() => void runSave('auto'), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [version, conflict, runSave]);

  // Back online: try at once rather than waiting for the next retry.
  useEffect(() => {
    const online = () => { if (refs.current.version !== refs.current.savedVersion) void runSave('auto'); };
    window.addEventListener('online', online);
    return () => { window.removeEventListener('online', online); window.clearTimeout(refs.current.retryTimer); };
  }, [runSave]);

  /** Ends a conflict: save mine over the newest revision, or load theirs. Resolves to whether that worked. */
  const resolveConflict = useCallback(async (choice: 'overwrite' | 'theirs'): Promise<boolean> => {
    const r = refs.current;
    const theirs = await editorApi.article(r.article?.slug ?? '');
    r.conflict = null;
    setConflict(null);
    r.article = theirs;
    setArticle(theirs);
    if (choice === 'overwrite') {
      r.baseRevision = theirs.revision;
      setSave({ phase: 'idle' });
      return runSave('manual');
    }
    replace(draftFromArticle(theirs), { dirty: false, baseRevision: theirs.revision });
    setSave({ phase: 'saved', savedAt: theirs.updatedAt });
    return true;
  }, [replace, runSave]);

  /** After a workflow action or a restored revision: the server's article, and its text unless the writer has unsaved changes. */
  const reload = useCallback(async (withText: boolean) => {
    const r = refs.current;
    if (!r.article) return;
    const fresh = await editorApi.article(r.article.slug);
    r.article = fresh;
    setArticle(fresh);
    if (withText) replace(draftFromArticle(fresh), { dirty: false, baseRevision: fresh.revision });
    else if (r.version === r.savedVersion) r.baseRevision = fresh.revision;
  }, [replace]);

  return {
    article, draft, version, save, errors, problems, conflict, storageFull,
    dirty: refs.current.version !== refs.current.savedVersion,
    baseRevision: () => refs.current.baseRevision,
    currentDraft: () => refs.current.draft,
    currentArticle: () => refs.current.article,
    isDirty: () => refs.current.version !== refs.current.savedVersion,
    setEditor: useCallback((editor: Editor | null) => { refs.current.editor = editor; }, []),
    change, replace, reload, resolveConflict, setErrors,
    saveNow: useCallback(() => runSave('manual'), [runSave]),
  };
}

export type ArticleSession = ReturnType<typeof useArticleSession>;
