import { useState, type FormEvent } from 'react';
import { useSession } from '../app/session.tsx';
import { t } from '../i18n/i18n.ts';
import { TextField } from '../ui/field.tsx';
import { useNotices } from '../ui/notices.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { fieldError, problemOf, Problems, type Problem } from '../taxonomy/form-kit.tsx';
import { changePassword } from './settings.api.ts';
import '../taxonomy/taxonomy.css';
import './settings.css';

const IDS = { currentPassword: 'a-current', newPassword: 'a-new', confirm: 'a-confirm' };

/** Everyone's own account: who they are, and a new password (which ends their other sessions). */
export function AccountScreen() {
  const { user } = useSession();
  const { notify } = useNotices();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Problem[] = [];
    if (current === '') found.push({ field: IDS.currentPassword, message: t('settings.account.error.current') });
    if (next === '') found.push({ field: IDS.newPassword, message: t('settings.account.error.new') });
    else if (next !== confirm) found.push({ field: IDS.confirm, message: t('settings.account.error.mismatch') });
    setProblems(found);
    setDone(false);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
      notify(t('settings.account.changed'));
    } catch (error) {
      setProblems([problemOf(error, IDS)]);
    } finally {
      setBusy(false);
    }
  }

  if (!user) return null;
  return (
    <>
      <PageHeader title={t('nav.account')} />
      <div className="settings-grid">
        <section className="panel settings-panel" aria-labelledby="account-details">
          <h2 id="account-details">{t('settings.account.details')}</h2>
          <dl className="account-details">
            <dt>{t('settings.account.name')}</dt><dd>{user.name}</dd>
            <dt>{t('settings.account.email')}</dt><dd>{user.email}</dd>
            <dt>{t('settings.account.role')}</dt><dd>{t(`role.${user.role}`)}</dd>
          </dl>
          <p className="muted">{t('settings.account.askAdmin')}</p>
        </section>
        <section className="panel settings-panel" aria-labelledby="account-password">
          <h2 id="account-password">{t('settings.account.passwordHeading')}</h2>
          <p>{t('settings.account.passwordIntro')}</p>
          {done ? <p className="notice notice-success">{t('settings.account.changed')}</p> : null}
          <form onSubmit={submit} noValidate className="tx-form account-form">
            <Problems errors={problems} />
            {/* The username field lets password managers file the new password under the right account. */}
            <input type="email" className="visually-hidden" name="username" autoComplete="username" value={user.email} readOnly tabIndex={-1} aria-hidden="true" />
            <TextField id={IDS.currentPassword} label={t('settings.account.current')} type="password" autoComplete="current-password" required maxLength={256}
              value={current} onChange={(e) => setCurrent(e.target.value)} error={fieldError(problems, IDS.currentPassword)} />
            <TextField id={IDS.newPassword} label={t('settings.account.new')} type="password" autoComplete="new-password" required maxLength={256}
              hint={t('settings.account.newHint')} value={next} onChange={(e) => setNext(e.target.value)} error={fieldError(problems, IDS.newPassword)} />
            <TextField id={IDS.confirm} label={t('settings.account.confirm')} type="password" autoComplete="new-password" required maxLength={256}
              value={confirm} onChange={(e) => setConfirm(e.target.value)} error={fieldError(problems, IDS.confirm)} />
            <div className="tx-actions">
              <button type="submit" className="button button-primary" disabled={busy}>{busy ? t('common.saving') : t('settings.account.submit')}</button>
            </div>
          </form>
        </section>
      </div>
    </>
  );
}
