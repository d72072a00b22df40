import { EMPTY_DRAFT, type Draft } from './draft.ts';

/**
 * Copies of the writer's work kept in this browser, so no keystroke is lost to a dropped
 * connection, a crash or a closed tab. Keys name the user (a shared newsroom computer) and the
 * article's slug, or "new" for an article not yet created.
 */
export interface LocalCopy {
  draft: Draft;
  /** The server revision the changes were made on; null for a new article. */
  baseRevision: number | null;
  /** When the writer last changed something (ISO). */
  changedAt: string;
}

export type CopyKind = 'draft' | 'aside';

const PREFIX = 'dateline.editor';

export function copyKey(userId: number, slug: string | null, kind: CopyKind = 'draft'): string {
  return `${PREFIX}.${kind}.${userId}.${slug ?? 'new'}`;
}

/** Stored data is untrusted: another version of the app or a hand edit may have written it. */
function parseCopy(raw: string | null): LocalCopy | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object') return null;
    const { draft, baseRevision, changedAt } = value as Record<string, unknown>;
    if (!draft || typeof draft !== 'object' || typeof changedAt !== 'string') return null;
    if (baseRevision !== null && typeof baseRevision !== 'number') return null;
    const merged = { ...EMPTY_DRAFT, ...(draft as Partial<Draft>) };
    if (typeof merged.body !== 'string' || typeof merged.headline !== 'string' || !Array.isArray(merged.authors) || !Array.isArray(merged.tags)) return null;
    return { draft: merged, baseRevision, changedAt };
  } catch {
    return null;
  }
}

export function readCopy(key: string): LocalCopy | null {
  try {
    return parseCopy(window.localStorage.getItem(key));
  } catch {
    return null;
  }
}

/** Returns false when the browser refused (storage full or disabled), so the screen can say so. */
export function writeCopy(key: string, copy: LocalCopy): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

export function removeCopy(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to do: storage that cannot be read holds nothing of ours.
  }
}
