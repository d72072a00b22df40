import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueFormStamp } from '../src/comments/form-stamp.ts';
import { fixedClock } from '../src/common/clock.ts';
import { createServices, type Services } from '../src/server/services.ts';
import { createTestDatabase, DIALECTS, testConfig } from './support/db-matrix.ts';
import { buildArticle } from './support/factories.ts';
import { runCli as run, startServer, waitFor } from './support/server-process.ts';


const lines = (text: string) => text.trimEnd().split('\n');
const idsListed = (stdout: string) => lines(stdout).slice(0, -1).map((line) => Number(line.trim().split(/\s+/)[0]));

const HOSTILE_NAME = 'Eve\u202Egnp.exe';
const HOSTILE_TEXT = '\x1b[2J\x1b]0;owned\x07cleared\x9b31m red\r\nnext line\u2028separated\u2066isolated';

describe('dateline comments, given bad arguments', () => {
  // Refused while the arguments are read, before any database is opened.
  const env = { DATABASE_URL: '', DATELINE_DATA_DIR: mkdtempSync(join(tmpdir(), 'dateline-cli-comments-')) };
  afterAll(() => rmSync(env.DATELINE_DATA_DIR, { recursive: true, force: true }));

  it('answers each with one line on stderr, a non-zero exit and no stack trace', async () => {
    const cases = [
      ['list', '--status', 'held'], ['list', '--limit', '0'], ['list', '--limit', 'abc'], ['list', '--limit', '1001'],
      ['approve'], ['approve', 'abc'], ['spam', '1.5'], ['trash', '-3'], ['delete', '2147483648'],
    ];
    const results = await Promise.all(cases.map((args) => run(['comments', ...args], env)));
    for (const [i, result] of results.entries()) {
      const label = cases[i]!.join(' ');
      expect(result.code, label).not.toBe(0);
      expect(lines(result.stderr), label).toHaveLength(1);
      expect(result.stderr, label).not.toMatch(/\n\s+at /);
      expect(result.stdout, label).toBe('');
    }
  }, 180_000);
});

describe.each(DIALECTS)('dateline comments on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let services: Services;
  let env: NodeJS.ProcessEnv;
  let clock: ReturnType<typeof fixedClock>;
  const seeded: Record<'ada' | 'ben' | 'eve' | 'cara' | 'dan', number> = { ada: 0, ben: 0, eve: 0, cara: 0, dan: 0 };
  let storyA: Awaited<ReturnType<typeof buildArticle>>;
  let storyB: Awaited<ReturnType<typeof buildArticle>>;
  let ipCounter = 0;

  async function submit(articleId: number, name: string, email: string, text: string): Promise<number> {
    clock.advance(60_000);
    const secrets = await services.comments.secrets();
    const outcome = await services.comments.submit({
      articleId, parentId: null, name, email, website: '', text, honeypot: '',
      stamp: issueFormStamp(secrets.formStamp, clock.now().getTime() - 30_000), ip: `198.51.100.${++ipCounter}`, userAgent: 'test',
    });
    return outcome.id;
  }

  const status = async (id: number) => (await services.comments.moderation.get(id)).status;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    clock = fixedClock(new Date(Date.now() - 2 * 3_600_000));
    services = createServices(db.handle, testConfig(db.dataDir), clock);
    env = { DATABASE_URL: db.url ?? '', DATELINE_DATA_DIR: db.dataDir, DATELINE_LOG_LEVEL: 'warn' };
    const publishedAt = new Date(Date.now() - 86_400_000).toISOString();
    storyA = await buildArticle(services.writer, { publishedAt });
    storyB = await buildArticle(services.writer, { publishedAt });
    seeded.ada = await submit(storyA.id, 'Ada Quill', 'ada@example.test', 'First thoughts on the story.');
    seeded.ben = await submit(storyB.id, 'Ben Marsh', 'ben@example.test', 'A comment on the other story.');
    seeded.eve = await submit(storyA.id, 'Eve', 'eve@example.test', 'Placeholder.');
    // Straight into the row: the form already drops some controls, but rows from an import or an
    // older version need not have passed it, and the CLI must be safe on its own.
    await db.handle.db.updateTable('comments').set({ authorName: HOSTILE_NAME, text: HOSTILE_TEXT }).where('id', '=', seeded.eve).execute();
    seeded.cara = await submit(storyA.id, 'Cara Wynn', 'cara@example.test', 'Approved already.');
    seeded.dan = await submit(storyB.id, 'Dan Spammer', 'dan@example.test', 'Buy things.');
    await services.comments.moderation.apply(seeded.cara, 'approve');
    await services.comments.moderation.apply(seeded.dan, 'spam');
  });

  afterAll(async () => {
    services.publications.stop();
    services.comments.close();
    await services.purges.stop();
    await db.drop();
  });

  it('lists the pending queue newest first, one line per comment, then the total', async () => {
    const result = await run(['comments', 'list'], env);
    expect(result.code).toBe(0);
    expect(idsListed(result.stdout)).toEqual([seeded.eve, seeded.ben, seeded.ada]);
    const ada = lines(result.stdout).find((line) => line.trim().startsWith(`${seeded.ada} `));
    expect(ada).toMatch(new RegExp(`pending .*${storyA.slug}.*Ada Quill: First thoughts on the story\\.`));
    expect(lines(result.stdout).at(-1)).toBe('Total: 3 pending comments.');
  });

  it('keeps escape sequences, control characters and bidi overrides in a comment off the terminal', async () => {
    const result = await run(['comments', 'list'], env);
    expect(result.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
    const eve = lines(result.stdout).find((line) => line.trim().startsWith(`${seeded.eve} `));
    expect(eve).toContain('Evegnp.exe: [2J ]0;owned cleared 31m red next line separatedisolated');
  });

  it('filters by status, article and email, and shows only the newest up to --limit', async () => {
    const [approved, spam, onStoryB, byAda, limited] = await Promise.all([
      ['--status', 'approved'], ['--status', 'spam'], ['--article', storyB.slug], ['--email', ' ADA@Example.TEST '], ['--limit', '2'],
    ].map((args) => run(['comments', 'list', ...args], env)));
    expect(idsListed(approved!.stdout)).toEqual([seeded.cara]);
    expect(idsListed(spam!.stdout)).toEqual([seeded.dan]);
    expect(idsListed(onStoryB!.stdout)).toEqual([seeded.ben]);
    expect(idsListed(byAda!.stdout)).toEqual([seeded.ada]);
    expect(idsListed(limited!.stdout)).toEqual([seeded.eve, seeded.ben]);
    expect(lines(limited!.stdout).at(-1)).toBe('Total: 3 pending comments (showing the newest 2).');
   }, 180_000);

  it('prints the same list as JSON that keeps names exact but carries no raw terminal controls', async () => {
    const result = await run(['comments', 'list', '--json'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
    const listing = JSON.parse(result.stdout) as { status: string; total: number; items: { id: number; status: string; article: string; authorName: string; excerpt: string }[] };
    expect(listing.status).toBe('pending');
    expect(listing.total).toBe(3);
    expect(listing.items.map((item) => item.id)).toEqual([seeded.eve, seeded.ben, seeded.ada]);
    expect(listing.items[0]).toMatchObject({ status: 'pending', article: storyA.slug, authorName: HOSTILE_NAME });
    expect(listing.items[2]).toMatchObject({ article: storyA.slug, authorName: 'Ada Quill', excerpt: 'First thoughts on the story.' });
  });

  it('refuses an unknown article with one line on stderr and a non-zero exit', async () => {
    const result = await run(['comments', 'list', '--article', 'no-such-story'], env);
    expect(result.code).not.toBe(0);
    expect(lines(result.stderr)).toEqual(['dateline: There is no article "no-such-story".']);
    expect(result.stdout).toBe('');
  });

  it('applies moderation actions, one line per id, and exits non-zero when any is refused', async () => {
    const first = await submit(storyB.id, 'Fay Ode', 'fay@example.test', 'To be moderated.');
    const second = await submit(storyB.id, 'Gil Ode', 'gil@example.test', 'To be moderated too.');

    const trashed = await run(['comments', 'trash', String(first), String(second)], env);
    expect(trashed.code).toBe(0);
    expect(lines(trashed.stdout)).toEqual([`comment ${first}: ok (trash)`, `comment ${second}: ok (trash)`]);
    expect([await status(first), await status(second)]).toEqual(['trash', 'trash']);

    const restored = await run(['comments', 'restore', String(first)], env);
    expect(restored.code).toBe(0);
    expect(await status(first)).toBe('pending');

    const mixed = await run(['comments', 'spam', String(first), '99999', String(second)], env);
    expect(mixed.code).not.toBe(0);
    expect(lines(mixed.stdout)).toEqual([`comment ${first}: ok (spam)`, `comment ${second}: ok (spam)`]);
    expect(lines(mixed.stderr)).toHaveLength(1);
    expect(mixed.stderr).toContain('comment 99999 not changed');
    expect([await status(first), await status(second)]).toEqual(['spam', 'spam']);

    const again = await run(['comments', 'spam', String(first)], env);
    expect(again.code).not.toBe(0);
    expect(lines(again.stderr)).toHaveLength(1);
    expect(again.stderr).toContain(`comment ${first} not changed`);

    const deleted = await run(['comments', 'delete', String(second)], env);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout.trim()).toBe(`comment ${second}: ok (deleted)`);
    await expect(services.comments.moderation.get(second)).rejects.toMatchObject({ code: 'COMMENT_NOT_FOUND' });
   }, 180_000);

  it('changes nothing when one of the ids is not a comment id', async () => {
    const id = await submit(storyB.id, 'Hal Ode', 'hal@example.test', 'Still pending.');
    const result = await run(['comments', 'approve', String(id), 'abc'], env);
    expect(result.code).not.toBe(0);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stdout).toBe('');
    expect(await status(id)).toBe('pending');
  });

  it('shows an approval on the running, page-cached site within two seconds', async () => {
    // The form's minimum fill-in time is about bots; this reader is a test posting at once.
    await services.comments.administration.saveSettings({ ...await services.comments.administration.settings(), minFormSeconds: 0 });
    const { child, url } = await startServer({ ...env, DATELINE_DEMO: 'off', DATELINE_PAGE_CACHE: 'on' });
    try {
      const page = `${url}/${storyA.sectionSlug}/${storyA.slug}/`;
      const form = await fetch(page);
      expect(form.status).toBe(200);
      const stamp = /name="stamp" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
      const posted = await fetch(`${page}comments`, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ comment: 'A first-time reader writes in.', author: 'Ivy Newcomer', email: 'ivy@example.test', url: '', contact_website: '', stamp, comment_parent: '0' }),
      });
      expect(posted.status).toBe(201);
      const { id, status: held } = await posted.json() as { id: number; status: string };
      expect(held).toBe('pending');
      const marker = `id="comment-${id}"`;
      const before = await fetch(page);
      expect(await before.text()).not.toContain(marker);
      expect((await fetch(page)).headers.get('etag')).toBe(before.headers.get('etag'));

      const approved = await run(['comments', 'approve', String(id)], env);
      expect(approved.stderr).toBe('');
      expect(approved.stdout.trim()).toBe(`comment ${id}: ok (approved)`);
      expect(approved.code).toBe(0);
      const waited = await waitFor(async () => (await (await fetch(page)).text()).includes(marker), 2000);
      expect(waited).toBeGreaterThanOrEqual(0);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  });
});
