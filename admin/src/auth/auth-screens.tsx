import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { api, ApiError } from '../api/client.ts';
import type { Session } from '../api/types.ts';
import { useSession } from '../app/session.tsx';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary, TextField } from '../ui/field.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { useSubmit } from '../ui/use-submit.ts';

type Problem = { field?: string; message: string };

function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return { ...(error.property ? { field: error.property } : {}), message: error.status === 0 ? t('error.network') : error.message };
  return { message: t('error.generic') };
}

/** Sign-in: email and password, the server's own message when they are refused. */
export function SignInScreen() {
  const { signedIn, reason } = useSession();
  const { busy, problem, run } = useSubmit<Problem | null>(null, problemOf);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await run(async () => {
      const session = await api<Session>('/session', { method: 'POST', body: { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') } });
      signedIn(session.user);
    });
  }

  return (
    <main className="auth" id="main">
      <PageHeader title={t('auth.signInTitle')} />
      {reason === 'expired' ? <p className="notice notice-info" role="status">{t('auth.sessionEnded')}</p> : null}
      {reason === 'signed-out' ? <p className="notice notice-info" role="status">{t('auth.signedOut')}</p> : null}
      <ErrorSummary errors={problem ? [{ message: problem.message }] : []} />
      <form onSubmit={submit} noValidate={false}>
        <TextField label={t('auth.email')} name="email" id="email" type="email" autoComplete="username" required />
        <TextField label={t('auth.password')} name="password" id="password" type="password" autoComplete="current-password" required />
        <button type="submit" className="button button-primary" disabled={busy}>{busy ? t('auth.signingIn') : t('auth.signIn')}</button>
      </form>
      <p><Link href="/forgot-password">{t('auth.forgot')}</Link></p>
    </main>
  );
}

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordScreen() {
  const [sent, setSent] = useState(false);
  const { busy, problem, run } = useSubmit<Problem | null>(null, problemOf);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '');
    await run(async () => {
      await api('/password-reset', { method: 'POST', body: { email } });
      setSent(true);
    });
  }

  return (
    <main className="auth" id="main">
      <PageHeader title={t('auth.forgotTitle')} />
      {sent ? (
        <p className="notice notice-success" role="status">{t('auth.linkSent')}</p>
      ) : (
        <>
          <p>{t('auth.forgotHelp')}</p>
          <ErrorSummary errors={problem ? [problem] : []} />
          <form onSubmit={submit}>
            <TextField label={t('auth.email')} name="email" id="email" type="email" autoComplete="username" required error={problem?.field === 'email' ? problem.message : undefined} />
            <button type="submit" className="button button-primary" disabled={busy}>{t('auth.sendLink')}</button>
          </form>
        </>
      )}
      <p><Link href="/">{t('auth.backToSignIn')}</Link></p>
    </main>
  );
}

/** The page the emailed link opens: choose a new password, then sign in with it. */
export function ResetPasswordScreen() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [done, setDone] = useState(false);
  const { busy, problem, run } = useSubmit<Problem | null>(null, problemOf);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newPassword = String(new FormData(event.currentTarget).get('newPassword') ?? '');
    await run(async () => {
      await api('/password-reset/complete', { method: 'POST', body: { token, newPassword } });
      setDone(true);
    });
  }

  return (
    <main className="auth" id="main">
      <PageHeader title={t('auth.resetTitle')} />
      {done ? (
        <p className="notice notice-success" role="status">{t('auth.passwordSet')}</p>
      ) : (
        <>
          <ErrorSummary errors={problem ? [problem] : []} />
          <form onSubmit={submit}>
            <TextField label={t('auth.newPassword')} name="newPassword" id="newPassword" type="password" autoComplete="new-password" minLength={8} maxLength={256} required
              hint={t('auth.passwordHelp')} error={problem?.field === 'newPassword' ? problem.message : undefined} />
            <button type="submit" className="button button-primary" disabled={busy}>{t('auth.setPassword')}</button>
          </form>
        </>
      )}
      <p><Link href="/">{t('auth.backToSignIn')}</Link></p>
    </main>
  );
}
