import { InvalidArgumentError, Option, type Command } from 'commander';
import { COMMENT_STATUSES, commentError, commentExcerpt, type CommentsService, type CommentStatus, type ModerationAction } from '../comments/index.ts';
import { loadConfig } from '../config/index.ts';
import { startRuntime } from '../server/runtime.ts';
import { terminalSafeJson, terminalText } from './terminal-text.ts';

/**
 * Adds `dateline comments list|approve|unapprove|spam|trash|restore|delete` to the CLI: the
 * moderation queue from a shell. Actions go through the same service as the Admin API, so they
 * log their cache purges and a running `dateline serve` shows them at once.
 */
export function registerCommentsCommand(program: Command): void {
  const comments = program.command('comments').description('Moderate reader comments.');

  comments.command('list')
    .summary('List comments, newest first')
    .description('List comments, newest first: id, status, time, article, name and the start of the text, then the total.')
    .addOption(new Option('--status <status>', 'which queue').choices(COMMENT_STATUSES).default('pending'))
    .option('--article <slug>', 'only comments on this article')
    .option('--email <address>', "only this commenter's comments")
    .option('--limit <n>', `how many to show, 1 to ${MAX_LIMIT}`, parseLimit, 50)
    .option('--json', 'print the list as JSON')
    .action(async (options: ListOptions) => {
      await withComments(async (service) => {
        const list = await listComments(service, options);
        console.log(options.json ? terminalSafeJson(list) : formatList(list));
      });
    });

  for (const [action, description] of ACTIONS) {
    comments.command(action)
      .summary(description)
      .description(`${description}. Prints one line per comment and exits non-zero if any is refused.`)
      .argument('<ids...>', 'comment ids', collectIds)
      .action(async (ids: number[]) => {
        await withComments(async (service) => {
          const results = await service.moderation.applyMany(ids, action);
          for (const result of results) {
            if (result.ok) console.log(`comment ${result.id}: ok (${result.status})`);
            else console.error(`dateline: comment ${result.id} not changed: ${result.error.message}`);
          }
          if (results.some((result) => !result.ok)) process.exitCode = 1;
        });
      });
  }
}

/** What `dateline comments list --json` prints; the text lines show the same. */
export interface CommentListing {
  status: CommentStatus;
  /** How many comments match, of which `items` are the newest. */
  total: number;
  items: { id: number; status: CommentStatus; createdAt: string; article: string | null; authorName: string; excerpt: string }[];
}

interface ListOptions { status: CommentStatus; article?: string; email?: string; limit: number; json?: boolean }

const MAX_LIMIT = 1000;
const EXCERPT_LENGTH = 60;
const NAME_LENGTH = 30;

// Unapprove is the Admin API's too; it sends an approved comment back to the pending queue.
const ACTIONS: [ModerationAction, string][] = [
  ['approve', 'Approve comments (they appear on the site)'],
  ['unapprove', 'Send approved comments back to the pending queue'],
  ['spam', 'Mark comments as spam'],
  ['trash', 'Move comments to the trash'],
  ['restore', 'Restore comments from the trash (or spam) to where they were'],
  ['delete', 'Delete comments for good (their replies move up a level)'],
];

async function withComments(work: (service: CommentsService) => Promise<void>): Promise<void> {
  const runtime = await startRuntime(loadConfig());
  try {
    await work(runtime.comments);
  } finally {
    await runtime.close();
  }
}

/** @throws COMMENT_ARTICLE_NOT_FOUND */
async function listComments(service: CommentsService, options: ListOptions): Promise<CommentListing> {
  let articleId: number | undefined;
  if (options.article !== undefined) {
    const article = await service.articleBySlug(options.article);
    if (!article) throw commentError('COMMENT_ARTICLE_NOT_FOUND', `There is no article "${terminalText(options.article, 100)}".`, 'article');
    articleId = article.id;
  }
  const email = options.email?.trim().toLowerCase();
  const page = await service.moderation.list({ status: options.status, articleId, ...(email === undefined ? {} : { email }) }, 1, options.limit);
  return {
    status: options.status,
    total: page.total,
    items: page.items.map((item) => ({
      id: item.id, status: item.status, createdAt: item.createdAt, article: item.article?.slug ?? null,
      authorName: item.authorName, excerpt: commentExcerpt(item.text, EXCERPT_LENGTH),
    })),
  };
}

function formatList(list: CommentListing): string {
  const idWidth = Math.max(0, ...list.items.map((item) => String(item.id).length));
  const lines = list.items.map((item) => [
    String(item.id).padStart(idWidth),
    item.status.padEnd(8),
    item.createdAt.slice(0, 16).replace('T', ' '),
    item.article === null ? '(no article)' : terminalText(item.article, 60),
    `${terminalText(item.authorName, NAME_LENGTH)}: ${terminalText(item.excerpt, EXCERPT_LENGTH)}`,
  ].join('  '));
  const noun = list.total === 1 ? 'comment' : 'comments';
  lines.push(list.items.length < list.total
    ? `Total: ${list.total} ${list.status} ${noun} (showing the newest ${list.items.length}).`
    : `Total: ${list.total} ${list.status} ${noun}.`);
  return lines.join('\n');
}

function parseLimit(value: string): number {
  const limit = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) throw new InvalidArgumentError(`Give a whole number from 1 to ${MAX_LIMIT}.`);
  return limit;
}

// Whole numbers only, within the id column's range: "12abc", "1.5" or "-3" name no comment, and
// refusing them while the arguments are read means nothing is changed for a typo.
function collectIds(value: string, previous: number[] = []): number[] {
  const id = /^[1-9]\d{0,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!(id <= 2_147_483_647)) throw new InvalidArgumentError('A comment id is a whole number from 1 (see `dateline comments list`).');
  return [...previous, id];
}
