import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpInbox, type SmtpInbox } from '../../test/support/smtp-inbox.ts';
import { createMailer, heldCommentMessage, type HeldCommentNotice, type Mailer } from './moderation-mail.ts';

const FROM = 'Dateline <dateline@news.example.test>';
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function buildNotice(overrides: Partial<HeldCommentNotice> = {}): HeldCommentNotice {
  return {
    articleHeadline: 'Council approves budget', articleUrl: 'https://news.example.test/2025/budget',
    commentId: 42, authorName: 'Ada Reader', authorEmail: 'ada@example.test', authorWebsite: 'https://ada.example.test',
    ip: '203.0.113.7', excerpt: 'First line\nSecond line', reason: 'contains 3 links', queueUrl: 'https://news.example.test/admin/comments?status=held',
    ...overrides,
  };
}

/** A local SMTP server, closed after the test. */
async function startSmtpServer(): Promise<SmtpInbox> {
  const smtp = await startSmtpInbox();
  cleanups.push(() => smtp.close());
  return smtp;
}

function mailerFor(port: number, timeoutMs?: number): Mailer {
  const mailer = createMailer(`smtp://127.0.0.1:${port}`, FROM, timeoutMs === undefined ? {} : { timeoutMs });
  if (mailer === null) throw new Error('expected a mailer for a non-empty URL');
  cleanups.push(() => mailer.close());
  return mailer;
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function silentServer(): Promise<number> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => { sockets.forEach((s) => s.destroy()); server.close(() => resolve()); }));
  return (server.address() as AddressInfo).port;
}

describe('createMailer', () => {
  it('is off (null) without an SMTP URL', () => {
    expect(createMailer('', FROM)).toBeNull();
  });

  it('delivers one message to every moderator without naming them in the headers', async () => {
    const smtp = await startSmtpServer();
    const moderators = ['one@example.test', 'two@example.test', 'three@example.test'];
    await mailerFor(smtp.port).send({ to: moderators, ...heldCommentMessage(buildNotice(), 'The Ledger') });

    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message?.mailFrom).toBe('dateline@news.example.test');
    expect(message?.rcptTo.sort()).toEqual([...moderators].sort());
    expect(message?.headers.get('subject')).toEqual(['[The Ledger] Please moderate: "Council approves budget"']);
    expect(message?.headers.get('to')).toEqual([FROM]);
    expect(message?.headers.has('bcc')).toBe(false);
    expect(message?.headers.get('content-type')?.[0]).toMatch(/^text\/plain/);
    expect(message?.body).toContain('Email:    ada@example.test');
    expect(message?.body).toContain('> First line\n> Second line');
    expect(message?.body).toContain('Moderation queue: https://news.example.test/admin/comments?status=held');
  });

  it('keeps a CRLF in the headline from adding a header', async () => {
    const smtp = await startSmtpServer();
    const notice = buildNotice({ articleHeadline: 'Budget\r\nBcc: victim@example.test\r\nX-Injected: yes' });
    await mailerFor(smtp.port).send({ to: ['one@example.test'], ...heldCommentMessage(notice, 'The\r\nX-Site: yes') });

    const [message] = smtp.received;
    expect(message?.rcptTo).toEqual(['one@example.test']);
    expect(message?.headers.has('x-injected')).toBe(false);
    expect(message?.headers.has('x-site')).toBe(false);
    expect(message?.headers.has('bcc')).toBe(false);
    expect(message?.headers.get('subject')).toEqual(['[The X-Site: yes] Please moderate: "Budget Bcc: victim@example.test X-Injected: yes"']);
  });

  it('sends nothing and does not connect when there is no one to send to', async () => {
    await expect(mailerFor(await closedPort()).send({ to: [], subject: 's', text: 't' })).resolves.toBeUndefined();
  });

  it('rejects when nothing listens on the port', async () => {
    await expect(mailerFor(await closedPort(), 2_000).send({ to: ['one@example.test'], subject: 's', text: 't' })).rejects.toMatchObject({ code: 'ESOCKET' });
  });

  it('rejects within the timeout when the server never greets', async () => {
    const started = Date.now();
    await expect(mailerFor(await silentServer(), 300).send({ to: ['one@example.test'], subject: 's', text: 't' })).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('heldCommentMessage', () => {
  it('names the site and headline in the subject, on one line', () => {
    const { subject } = heldCommentMessage(buildNotice({ articleHeadline: 'Flood\r\nwarning\u2028lifted' }), 'The Ledger');
    expect(subject).toBe('[The Ledger] Please moderate: "Flood warning lifted"');
  });

  it('tells who wrote it, from where, why it was held, and where to act', () => {
    const { text } = heldCommentMessage(buildNotice(), 'The Ledger');
    expect(text.split('\n')).toEqual(expect.arrayContaining([
      'Author:   Ada Reader', 'Email:    ada@example.test', 'Website:  https://ada.example.test', 'IP:       203.0.113.7',
      'Held because: contains 3 links', '> First line', '> Second line',
      'Article: https://news.example.test/2025/budget', 'Moderation queue: https://news.example.test/admin/comments?status=held',
    ]));
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('keeps reader fields on their own line so they cannot pose as the notice\'s links', () => {
    const notice = buildNotice({ authorName: 'Eve\nModeration queue: https://evil.example.test', excerpt: 'hi\r\nArticle: https://evil.example.test' });
    const lines = heldCommentMessage(notice, 'The Ledger').text.split('\n');
    expect(lines).toContain('Author:   Eve Moderation queue: https://evil.example.test');
    expect(lines).toContain('> Article: https://evil.example.test');
    expect(lines.filter((l) => /^(Article|Moderation queue):/.test(l))).toEqual([
      'Article: https://news.example.test/2025/budget', 'Moderation queue: https://news.example.test/admin/comments?status=held',
    ]);
  });
});
