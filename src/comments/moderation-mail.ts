import { createTransport } from 'nodemailer';

/** What a moderator needs to decide on a held comment without opening the admin first. */
export interface HeldCommentNotice {
  articleHeadline: string;
  articleUrl: string;
  commentId: number;
  authorName: string;
  authorEmail: string;
  authorWebsite: string;
  ip: string;
  excerpt: string;
  reason: string;
  queueUrl: string;
}

/** Sends plain-text mail; one per notice, however many moderators receive it. */
export interface Mailer {
  /**
   * Sends one message to every address in `to` (all as Bcc). Resolves once the server accepted it;
   * rejects with nodemailer's error otherwise (`code` ESOCKET when the server cannot be
   * reached, ETIMEDOUT when it stops answering, EAUTH, EENVELOPE when it refuses every recipient).
   * Sending to no one resolves without connecting.
   */
  send(message: { to: string[]; subject: string; text: string }): Promise<void>;
  /** Closes the pooled connections; call once on shutdown. */
  close(): void;
}

/** Tuning for {@link createMailer}; tests shorten the timeout. */
export interface MailerOptions {
  /** Longest wait, in ms, for DNS, the TCP connection, the greeting and each server reply. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Creates the mailer for `config.smtpUrl`, or null when no SMTP server is configured (mail is off).
 * Connections are pooled so a burst of held comments reuses a few connections instead of opening
 * one per message. Callers should not await `send` inside a request: a slow server costs up to
 * the timeout per step.
 * @param smtpUrl `smtp://user:pass@host:587` or `smtps://…`; empty for none.
 * @param from the From address, e.g. `Dateline <news@example.org>`.
 */
export function createMailer(smtpUrl: string, from: string, options: MailerOptions = {}): Mailer | null {
  if (smtpUrl === '') return null;
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // nodemailer's defaults (2 min to connect, 10 min of silence) would let a dead server hold a
  // pooled connection, and every message queued behind it, for minutes.
  const transport = createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 2,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    dnsTimeout: timeout,
  });
  return {
    async send({ to, subject, text }) {
      if (to.length === 0) return;
      await transport.sendMail({
        from,
        // The header names only the site itself; the envelope carries the moderators, so none sees
        // another's address and the (often undeliverable) From mailbox gets no copy.
        to: from,
        bcc: to,
        envelope: { from, to },
        subject,
        text,
      });
    },
    close() {
      transport.close();
    },
  };
}

/**
 * Builds the plain-text notice for a held comment. Reader-supplied fields are flattened to one
 * line (and the subject stripped of line breaks) so they cannot add mail headers or pose as the
 * notice's own fields; the excerpt is quoted line by line for the same reason.
 * @param siteTitle shown in brackets at the start of the subject.
 */
export function heldCommentMessage(notice: HeldCommentNotice, siteTitle: string): { subject: string; text: string } {
  const subject = `[${oneLine(siteTitle)}] Please moderate: "${oneLine(notice.articleHeadline)}"`;
  const text = [
    `A comment on "${oneLine(notice.articleHeadline)}" is waiting for moderation (comment ${notice.commentId}).`,
    '',
    `Author:   ${oneLine(notice.authorName) || '(no name)'}`,
    `Email:    ${oneLine(notice.authorEmail) || '(none)'}`,
    `Website:  ${oneLine(notice.authorWebsite) || '(none)'}`,
    `IP:       ${oneLine(notice.ip) || '(unknown)'}`,
    `Held because: ${oneLine(notice.reason)}`,
    '',
    quote(notice.excerpt),
    '',
    `Article: ${oneLine(notice.articleUrl)}`,
    `Moderation queue: ${oneLine(notice.queueUrl)}`,
    '',
  ].join('\n');
  return { subject, text };
}

// Control characters (CR, LF, NEL…), line/paragraph separators and bidi overrides: any of them
// can break a header or make one field look like several.
const UNSAFE_IN_LINE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu;

function oneLine(value: string): string {
  return value.replace(UNSAFE_IN_LINE, ' ').trim();
}

function quote(excerpt: string): string {
  return excerpt
    .split(/\r\n|[\r\n\u2028\u2029\u0085]/)
    .map((line) => `> ${oneLine(line)}`.trimEnd())
    .join('\n');
}
