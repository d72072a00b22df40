import type { ResetLog } from './password-reset.service.ts';

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
