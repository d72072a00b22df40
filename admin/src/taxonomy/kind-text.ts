import { t, tn, type MessageKey } from '../i18n/i18n.ts';
import type { TaxonomyKind } from './taxonomy.api.ts';
import { taxonomyMessages } from './taxonomy.messages.ts';

/** The messages each kind has its own wording for. */
type KindKey =
  | 'new' | 'createTitle' | 'editTitle' | 'deleteTitle' | 'created' | 'saved' | 'deleted' | 'moved' | 'empty'
  | 'reassignLabel' | 'reassignNote' | 'renameNote' | 'search' | 'pickerSearch';
type CountedKey = 'count' | 'matches' | 'inUse' | 'moveAndDelete';

// Fails to compile when a kind lacks one of its messages.
const complete: Record<`taxonomy.${TaxonomyKind}.${KindKey}` | `taxonomy.${TaxonomyKind}.${CountedKey}.${'one' | 'other'}`, string> = taxonomyMessages;
void complete;

/** A kind's own wording of a message: "New section", "New tag"… */
export function tk(kind: TaxonomyKind, key: KindKey, params?: Record<string, string | number>): string {
  return t(`taxonomy.${kind}.${key}` as MessageKey, params);
}

/** A kind's counted phrase: "6 sections", "1 tag matches “x”"… */
export function tkn(kind: TaxonomyKind, key: CountedKey, count: number, params?: Record<string, string | number>): string {
  return tn(`taxonomy.${kind}.${key}`, count, params);
}
