import { createTransport } from 'nodemailer';

/** Sends one plain-text email to one newsroom user. */
export interface ResetMailer {
  /** Resolves once the SMTP server accepted the message; rejects with nodemailer's error otherwise. */
  send(to: string, message: { subject: string; text: string }): Promise<void>;
}

/** Tuning for {@link createResetMailer}; tests shorten the timeout. */
export interface ResetMailerOptions { timeoutMs?: number }

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The mailer for reset links over `smtpUrl`, or null when no SMTP server is configured. Not
 * pooled: resets are rare, and a connection per message leaves nothing open to close on shutdown.
 * @param smtpUrl `smtp://user:pass@host:587` or `smtps://…`; empty for none.
 * @param from the From address, e.g. `Dateline <news@example.org>` (validated by the config).
 */
export function createResetMailer(smtpUrl: string, from: string, options: ResetMailerOptions = {}): ResetMailer | null {
  if (smtpUrl === '') return null;
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // nodemailer waits minutes by default; a dead server should cost seconds, in the background.
  const transport = createTransport({ url: smtpUrl, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout, dnsTimeout: timeout });
  return {
    async send(to, { subject, text }) {
      // An address object is taken as it is: a string would be parsed, and "a,b@x" or a display
      // name with a line break in it could add recipients or headers.
      await transport.sendMail({ from, to: { name: '', address: to }, subject, text });
    },
  };
}

/**
 * The reset email: the link, how long it lasts, and what to do if the reader did not ask.
 * `email` is a stored user address (no whitespace); `siteUrl` comes from the configuration.
 */
export function resetMessage(email: string, link: string, siteUrl: string, minutes: number): { subject: string; text: string } {
  return {
    subject: 'Reset your Dateline password',
    text: [
      `Someone asked to reset the password of the Dateline account ${email} at ${siteUrl}.`,
      '',
      `To choose a new password, open this link within ${minutes} minutes. It works once:`,
      '',
      link,
      '',
      'If you did not ask, ignore this email: your password stays as it is.',
      '',
    ].join('\n'),
  };
}
