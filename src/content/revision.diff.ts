import { diffArrays, diffWordsWithSpace } from 'diff';
import { toPlainBlocks } from './body.ts';
import { SNAPSHOT_FIELDS, type RevisionSnapshot, type SnapshotField } from './revision.snapshot.ts';

/** One run of a diff: text both sides share, or text only the older or only the newer has. */
export interface DiffPart { op: 'same' | 'removed' | 'added'; text: string }

/** How one field changed between two revisions. */
export interface FieldDiff { field: SnapshotField; parts: DiffPart[] }

function parts(changes: { added?: boolean; removed?: boolean; value: string }[]): DiffPart[] {
  return changes.map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

/** Text a reader (not a parser) can follow: the body as paragraphs of plain text, lists as lines. */
function readable(snapshot: RevisionSnapshot, field: SnapshotField): string {
  const value = snapshot[field];
  if (field === 'bodyHtml') return toPlainBlocks(snapshot.bodyHtml).join('\n\n');
  if (Array.isArray(value)) return value.join(', ');
  if (value === null) return '';
  if (typeof value === 'object') {
    const image = value;
    return [image.url, image.alt && `alt: ${image.alt}`, image.caption && `caption: ${image.caption}`, image.credit && `credit: ${image.credit}`].filter(Boolean).join('\n');
  }
  return String(value);
}

/**
 * Compares two revisions field by field as word-level differences of readable text (the body as
 * paragraphs, not markup; lists item by item). Fields that did not change are left out.
 */
export function compareSnapshots(older: RevisionSnapshot, newer: RevisionSnapshot): FieldDiff[] {
  const diffs: FieldDiff[] = [];
  for (const field of SNAPSHOT_FIELDS) {
    if (JSON.stringify(older[field]) === JSON.stringify(newer[field])) continue;
    const before = older[field];
    const after = newer[field];
    if (Array.isArray(before) && Array.isArray(after)) {
      const changes = diffArrays(before, after);
      diffs.push({ field, parts: changes.map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value.join(', ') })) });
      continue;
    }
    const from = readable(older, field);
    const to = readable(newer, field);
    // Markup-only body edits (a link target, emphasis) read the same as text: say so plainly.
    diffs.push({ field, parts: from === to ? [{ op: 'same', text: to }, { op: 'added', text: ' (formatting changed)' }] : parts(diffWordsWithSpace(from, to)) });
  }
  return diffs;
}
