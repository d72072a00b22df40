import { issueFormStamp } from '../comments/form-stamp.ts';
import type { CommentsService } from '../comments/index.ts';
import type { Clock } from '../common/clock.ts';

/** A short discussion under the lead story, so a fresh install shows a thread with replies. */
const DEMO_THREAD: { name: string; website?: string; text: string; replyTo?: number }[] = [
  { name: 'Maeve Corrigan', text: 'Good to see the consultation finally open. The last extension plan stalled for years.\n\nWill there be a drop-in session on the Eastbank side?' },
  { name: 'Tomás Reyes', website: 'https://example.org/tomas', text: 'The full route map is on page 4 of the consultation document: https://example.org/tram-line-4' },
  { name: 'Harbour Ledger', text: 'Thanks, Maeve: the council says there will be two drop-in sessions in Eastbank library. We will add the dates to the story once they are confirmed.', replyTo: 0 },
  { name: 'Priya Natarajan', text: 'Hoping they keep the stop at Mill Lane. It is the only step-free crossing for a mile.' },
];

/**
 * Adds the demo discussion through the same path readers use (then approves it), so the demo
 * shows exactly what a real thread looks like.
 */
export async function seedDemoComments(comments: CommentsService, clock: Clock, articleSlug: string): Promise<number> {
  const article = await comments.articleBySlug(articleSlug);
  if (!article) return 0;
  const secrets = await comments.secrets();
  const sender = (i: number) => ({ email: `reader${i + 1}@example.invalid`, ip: `192.0.2.${i + 1}` });
  // After `demo --reset` the same readers post again: the flood rule must not stop them.
  await comments.forgetFloodMarks(DEMO_THREAD.map((_, i) => sender(i)));
  const ids: number[] = [];
  for (const [i, entry] of DEMO_THREAD.entries()) {
    const parentId = entry.replyTo === undefined ? null : (ids[entry.replyTo] ?? null);
    const outcome = await comments.submit({
      articleId: article.id, parentId, name: entry.name, email: sender(i).email, website: entry.website ?? '', text: entry.text,
      honeypot: '', stamp: issueFormStamp(secrets.formStamp, clock.now().getTime() - 60_000), ip: sender(i).ip, userAgent: 'Dateline demo',
    });
    if (!outcome.visible) await comments.moderation.apply(outcome.id, 'approve');
    ids.push(outcome.id);
  }
  return ids.length;
}
