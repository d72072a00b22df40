import { useRef, useState, type FormEvent } from 'react';
import type { Role } from '../api/types.ts';
import { formatDateTime, t, tn } from '../i18n/i18n.ts';
import { Dialog } from '../ui/dialog.tsx';
import { SelectField, TextField } from '../ui/field.tsx';
import { LoadError, useNotices } from '../ui/notices.tsx';
import { useResource } from '../ui/use-resource.ts';
import { fieldError, problemOf, Problems, useDialog, type Problem } from '../taxonomy/form-kit.tsx';
import { OneTimeSecret } from '../ui/one-time-secret.tsx';
import { ROLES } from '../users/users.api.ts';
import { createToken, listTokens, revokeToken, type ApiToken } from './settings.api.ts';

const IDS = { name: 't-name', role: 't-role' };

/** API tokens: the live ones, a form to make one (shown once, with Copy), and Revoke. */
export function ApiTokensPanel({ timeZone }: { timeZone?: string | undefined }) {
  const { notify } = useNotices();
  const tokens = useResource((signal) => listTokens(signal), 'tokens');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const [fresh, setFresh] = useState<{ name: string; token: string } | null>(null);
  const revoking = useDialog<ApiToken>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const items = tokens.data?.items ?? [];

  async function create(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') { setProblems([{ field: IDS.name, message: t('settings.tokens.error.name') }]); return; }
    setBusy(true);
    setProblems([]);
    try {
      const created = await createToken(name.trim(), role);
      setFresh({ name: created.name, token: created.token });
      setName('');
      notify(t('settings.tokens.created', { name: created.name }));
      tokens.reload();
    } catch (error) {
      setProblems([problemOf(error, IDS)]);
    } finally {
      setBusy(false);
    }
  }

  async function revoke(token: ApiToken) {
    try {
      await revokeToken(token.id);
      notify(t('settings.tokens.revoked', { name: token.name }));
      revoking.close(headingRef.current);
      tokens.reload();
    } catch (error) {
      notify(problemOf(error).message, 'error');
    }
  }

  return (
    <section className="panel settings-panel" aria-labelledby="settings-tokens">
      <h2 id="settings-tokens" ref={headingRef} tabIndex={-1}>{t('settings.tokens.heading')}</h2>
      <p className="muted">{t('settings.tokens.intro')}</p>
      {tokens.error && !tokens.data ? <LoadError message={problemOf(tokens.error).message} onRetry={tokens.reload} /> : null}
      {fresh ? (
        <div className="settings-fresh" role="region" aria-label={t('settings.tokens.fresh')}>
          <p>{t('settings.tokens.copyNow', { name: fresh.name })}</p>
          <OneTimeSecret label={t('settings.tokens.value')} value={fresh.token} />
          <button type="button" className="button" onClick={() => setFresh(null)}>{t('settings.tokens.hide')}</button>
        </div>
      ) : null}
      {tokens.data ? <p className="tx-count" aria-live="polite">{items.length ? tn('settings.tokens.count', items.length) : t('settings.tokens.none')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="data tx-stack">
            <caption className="visually-hidden">{t('settings.tokens.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.tokens.col.name')}</th>
                <th scope="col">{t('settings.tokens.col.role')}</th>
                <th scope="col">{t('settings.tokens.col.created')}</th>
                <th scope="col">{t('settings.tokens.col.lastUsed')}</th>
                <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((token) => (
                <tr key={token.id}>
                  <th scope="row" className="tx-name">{token.name}</th>
                  <td data-label={t('settings.tokens.col.role')}>{t(`role.${token.role}`)}</td>
                  <td data-label={t('settings.tokens.col.created')}>{formatDateTime(token.createdAt, timeZone)}</td>
                  <td data-label={t('settings.tokens.col.lastUsed')}>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, timeZone) : t('settings.tokens.never')}</td>
                  <td className="tx-row-actions">
                    <button type="button" className="button button-danger" onClick={() => revoking.open(token)}>
                      {t('settings.tokens.revoke')}<span className="visually-hidden"> {token.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form onSubmit={create} noValidate className="tx-form settings-token-form">
        <Problems errors={problems} />
        <TextField id={IDS.name} label={t('settings.tokens.name')} value={name} maxLength={100} required autoComplete="off"
          hint={t('settings.tokens.nameHint')} onChange={(e) => setName(e.target.value)} error={fieldError(problems, IDS.name)} />
        <SelectField id={IDS.role} label={t('settings.tokens.role')} value={role} onChange={(e) => setRole(e.target.value as Role)} error={fieldError(problems, IDS.role)}>
          {ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
        </SelectField>
        <div className="tx-actions">
          <button type="submit" className="button button-primary" disabled={busy}>{t('settings.tokens.create')}</button>
        </div>
      </form>
      <Dialog title={revoking.state ? t('settings.tokens.revokeTitle', { name: revoking.state.name }) : ''} open={revoking.state !== null} onClose={() => revoking.close()}>
        {revoking.state ? (
          <div className="tx-form">
            <p>{t('settings.tokens.revokeIntro', { name: revoking.state.name })}</p>
            <div className="tx-actions">
              <button type="button" className="button button-danger" onClick={() => { if (revoking.state) void revoke(revoking.state); }}>{t('settings.tokens.revoke')}</button>
              <button type="button" className="button" onClick={() => revoking.close()}>{t('common.cancel')}</button>
            </div>
          </div>
        ) : null}
      </Dialog>
    </section>
  );
}
