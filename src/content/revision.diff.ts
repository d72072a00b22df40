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
    diffs.push({ field, parts: from === to ? [{ op: 'same', text: to }, { op: 'added', text: ' (formatting changed)' }] : boundedDiff(from, to) });
  }
  return diffs;
}

// A word diff costs time that grows with the product of the lengths when two long texts share
// little; past this budget the comparison falls back to whole paragraphs, then to whole fields,
// so a rewritten long read never stalls the server.
const WORD_DIFF_MS = 200;

function boundedDiff(from: string, to: string): DiffPart[] {
  const words = diffWordsWithSpace(from, to, { timeout: WORD_DIFF_MS });
  if (words) return parts(words);
  const paragraphs = diffArrays(from.split('\n\n'), to.split('\n\n'), { timeout: WORD_DIFF_MS });
  if (paragraphs) return paragraphs.map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value.join('\n\n') }));
  return [{ op: 'removed', text: from }, { op: 'added', text: to }];
}
