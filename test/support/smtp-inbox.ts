import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it: the envelope, and the message read as a mail client would. */
export interface ReceivedMail {
  /** The envelope sender (MAIL FROM), or '' for a null sender. */
  mailFrom: string;
  /** The envelope recipients (RCPT TO), in the order sent. */
  rcptTo: string[];
  /** Each header by lower-case name, every occurrence in order, unfolded and with RFC 2047 words decoded. */
  headers: Map<string, string[]>;
  /** The first Subject header, decoded ('' when there is none). */
  subject: string;
  /** The body, quoted-printable decoded when the message says so, with LF line ends. */
  body: string;
}

/** A local SMTP server on a free port. */
export interface SmtpInbox {
  port: number;
  /** Every message received so far; tests empty it with `received.length = 0`. */
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** Starts a local SMTP server (no TLS, no auth) that keeps every message it is sent. */
export async function startSmtpInbox(): Promise<SmtpInbox> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const { mailFrom, rcptTo } = session.envelope;
        received.push({ mailFrom: mailFrom ? mailFrom.address : '', rcptTo: rcptTo.map((r) => r.address), ...parseMessage(Buffer.concat(chunks).toString('utf8')) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.server.address() as AddressInfo).port, received, close: () => new Promise<void>((resolve) => server.close(resolve)) };
}

function parseMessage(raw: string): Pick<ReceivedMail, 'headers' | 'subject' | 'body'> {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string[]>();
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), decodeWords(line.slice(colon + 1).trim())]);
  }
  let body = raw.slice(split + 4);
  if (headers.get('content-transfer-encoding')?.[0] === 'quoted-printable') {
    body = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return { headers, subject: headers.get('subject')?.[0] ?? '', body: body.replace(/\r\n/g, '\n') };
}

/** Decodes RFC 2047 encoded words, which nodemailer uses for long subjects even in plain ASCII; the space between two words is dropped. */
function decodeWords(value: string): string {
  return value.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=(?:\s+(?==\?))?/gi, (_, encoding: string, data: string) => encoding.toUpperCase() === 'B'
    ? Buffer.from(data, 'base64').toString('utf8')
    : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'));
}
