import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { ResetLog } from './password-reset.service.ts';

/** One message as the SMTP server received it, headers unfolded and the body decoded. */
export interface ReceivedMail { mailFrom: string; rcptTo: string[]; headers: string; subject: string; body: string }

/** A local SMTP server that keeps every message it is sent. */
export async function startSmtpServer(): Promise<{ port: number; received: ReceivedMail[]; close(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const split = raw.indexOf('\r\n\r\n');
        const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
        const quotedPrintable = /^Content-Transfer-Encoding: quoted-printable/im.test(headers);
        const rawBody = raw.slice(split + 4);
        const body = quotedPrintable
          ? rawBody.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
          : rawBody;
        const { mailFrom, rcptTo } = session.envelope;
        received.push({
          mailFrom: mailFrom ? mailFrom.address : '', rcptTo: rcptTo.map((r) => r.address), headers,
          subject: /^Subject: (.*)$/im.exec(headers)?.[1] ?? '', body: body.replace(/\r\n/g, '\n'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.server.address() as AddressInfo).port, received, close: () => new Promise<void>((resolve) => server.close(resolve)) };
}

/** A logger that keeps what it is told, for the cases that read the server log. */
export function captureLog(): ResetLog & { warnings: string[]; errors: { err: unknown; message: string }[] } {
  const warnings: string[] = [];
  const errors: { err: unknown; message: string }[] = [];
  return {
    warnings, errors,
    warn: (message) => { warnings.push(message); },
    error: (details, message) => { errors.push({ err: details.err, message }); },
  };
}

/** The token of the one reset link in `text`, or null. */
export function resetTokenIn(text: string): string | null {
  const links = [...text.matchAll(/https:\/\/news\.example\.test\/admin\/reset-password\?token=([A-Za-z0-9_-]+)/g)];
  return links.length === 1 ? (links[0]?.[1] ?? null) : null;
}
