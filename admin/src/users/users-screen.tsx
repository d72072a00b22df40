import { useRef } from 'react';
import { useSession } from '../app/session.tsx';
import { t, tn } from '../i18n/i18n.ts';
import { Dialog } from '../ui/dialog.tsx';
import { LoadError, Loading, useNotices } from '../ui/notices.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { useResource } from '../ui/use-resource.ts';
import { problemOf, useDialog } from '../taxonomy/form-kit.tsx';
import { OneTimeSecret } from '../ui/one-time-secret.tsx';
import { ConfirmUserForm, CreateUserForm, EditUserForm, PasswordForm } from './user-forms.tsx';
import { listUsers, type ManagedUser } from './users.api.ts';
import '../taxonomy/taxonomy.css';
import './users.css';

type Open =
  | { type: 'create' }
  | { type: 'edit' | 'password' | 'disable' | 'delete'; user: ManagedUser }
  | { type: 'secret'; user: ManagedUser; password: string };

function titleOf(open: Open | null): string {
  if (!open) return '';
  if (open.type === 'create') return t('users.createTitle');
  const name = open.user.name;
  if (open.type === 'password') return t(open.user.disabled ? 'users.enableTitle' : 'users.passwordTitle', { name });
  return t(`users.${open.type}Title`, { name });
}

/** Administrators manage who signs in: add, change role and byline, passwords, disable, delete. */
export function UsersScreen() {
  const { user: me } = useSession();
  const { notify } = useNotices();
  const users = useResource((signal) => listUsers(signal), 'users');
  const dialog = useDialog<Open>();
  const countRef = useRef<HTMLParagraphElement>(null);
  const open = dialog.state;
  const cancel = () => dialog.close();

  function finish(message: string, focusCount = false) {
    notify(message);
    dialog.close(focusCount ? countRef.current : undefined);
    users.reload();
  }

  /** After a create or a new password: a generated one is shown once, in the same dialog. */
  function passwordSet(user: ManagedUser, generated: string | null, message: string) {
    if (!generated) { finish(message); return; }
    notify(message);
    dialog.replace({ type: 'secret', user, password: generated });
    users.reload();
  }

  const named = (label: string, name: string) => <>{label}<span className="visually-hidden"> {name}</span></>;
  const items = users.data?.items ?? [];

  return (
    <>
      <PageHeader title={t('nav.users')} actions={
        <button type="button" className="button button-primary" onClick={() => dialog.open({ type: 'create' })}>{t('users.add')}</button>
      } />
      <p className="muted users-intro">{t('users.intro')}</p>
      <p className="tx-count" ref={countRef} tabIndex={-1} aria-live="polite">{users.data ? tn('users.count', items.length) : ''}</p>
      {users.error && !users.data ? <LoadError message={problemOf(users.error).message} onRetry={users.reload} /> : null}
      {!users.data && !users.error ? <Loading /> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="data tx-stack users-table">
            <caption className="visually-hidden">{t('nav.users')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.col.name')}</th>
                <th scope="col">{t('users.col.email')}</th>
                <th scope="col">{t('users.col.role')}</th>
                <th scope="col">{t('users.col.author')}</th>
                <th scope="col">{t('users.col.status')}</th>
                <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((user) => {
                const self = user.id === me?.id;
                return (
                  <tr key={user.id}>
                    <th scope="row" className="tx-name">{user.name}{self ? <span className="muted"> {t('users.you')}</span> : null}</th>
                    <td data-label={t('users.col.email')} className="users-email">{user.email}</td>
                    <td data-label={t('users.col.role')}>{t(`role.${user.role}`)}</td>
                    <td data-label={t('users.col.author')}>{user.author?.name ?? <span className="muted">{t('users.noAuthor')}</span>}</td>
                    <td data-label={t('users.col.status')}>
                      <span className={`badge ${user.disabled ? 'badge-unpublished' : 'badge-published'}`}>{t(user.disabled ? 'users.status.disabled' : 'users.status.active')}</span>
                    </td>
                    <td className="tx-row-actions">
                      <button type="button" className="button" onClick={() => dialog.open({ type: 'edit', user })}>{named(t('users.edit'), user.name)}</button>
                      <button type="button" className="button" onClick={() => dialog.open({ type: 'password', user })}>
                        {named(t(user.disabled ? 'users.enable' : 'users.setPassword'), user.name)}
                      </button>
                      {/* Signing yourself out for good is left to another administrator. */}
                      {!self && !user.disabled ? (
                        <button type="button" className="button" onClick={() => dialog.open({ type: 'disable', user })}>{named(t('users.disable'), user.name)}</button>
                      ) : null}
                      {!self ? (
                        <button type="button" className="button button-danger" onClick={() => dialog.open({ type: 'delete', user })}>{named(t('users.delete'), user.name)}</button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <Dialog title={titleOf(open)} open={open !== null} onClose={cancel}>
        {open?.type === 'create' ? <CreateUserForm onCancel={cancel}
          onCreated={(user, generated) => passwordSet(user, generated, t('users.created', { name: user.name, role: t(`role.${user.role}`) }))} /> : null}
        {open?.type === 'edit' ? (
          <EditUserForm user={open.user} self={open.user.id === me?.id} onCancel={cancel}
            onSaved={(saved) => finish(saved ? t('users.saved', { name: saved.name }) : t('users.unchanged'))} />
        ) : null}
        {open?.type === 'password' ? (
          <PasswordForm user={open.user} onCancel={cancel} onSet={(user, generated) => passwordSet(user, generated, t(open.user.disabled ? 'users.enabled' : 'users.passwordSet', { name: user.name }))} />
        ) : null}
        {open?.type === 'disable' || open?.type === 'delete' ? (
          <ConfirmUserForm user={open.user} action={open.type} onCancel={cancel}
            onDone={() => finish(t(open.type === 'delete' ? 'users.deleted' : 'users.disabled', { name: open.user.name }), open.type === 'delete')} />
        ) : null}
        {open?.type === 'secret' ? (
          <div className="tx-form">
            <p>{t('users.secretIntro', { name: open.user.name })}</p>
            <OneTimeSecret label={t('users.secretLabel')} value={open.password} />
            <div className="tx-actions">
              <button type="button" className="button button-primary" onClick={cancel}>{t('users.done')}</button>
            </div>
          </div>
        ) : null}
      </Dialog>
    </>
  );
}
