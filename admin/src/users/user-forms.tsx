import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import type { Role } from '../api/types.ts';
import { t } from '../i18n/i18n.ts';
import { SelectField, TextField } from '../ui/field.tsx';
import { useSubmit } from '../ui/use-submit.ts';
import { fieldError, problemOf, Problems, type Problem } from '../taxonomy/form-kit.tsx';
import { TargetPicker } from '../taxonomy/target-picker.tsx';
import { generatePassword } from './password-generator.ts';
import { createUser, deleteUser, ROLES, updateUser, type ManagedUser, type UserChanges } from './users.api.ts';

const IDS = { email: 'u-email', name: 'u-name', role: 'u-role', authorSlug: 'u-author', password: 'u-password' };

/** The API's error, with "the last administrator" placed next to the role it is about. */
function userProblems(error: unknown): Problem[] {
  if (error instanceof ApiError && error.code === 'ACCOUNTS_LAST_ADMINISTRATOR') return [{ field: IDS.role, message: error.message }];
  return [problemOf(error, IDS)];
}

// One empty list for every form: a new one each time would re-render the summary and move focus.
const NO_PROBLEMS: Problem[] = [];
const plainProblems = (error: unknown): Problem[] => [problemOf(error)];

/** A user form's request: busy, and the problems the form shows (its own checks or the API's answer). */
function useUserSubmit(toProblems: (error: unknown) => Problem[] = userProblems) {
  const { busy, problem: problems, setProblem: setProblems, run } = useSubmit(NO_PROBLEMS, toProblems);
  return { busy, problems, setProblems, run };
}

/** Generate (the default) or type a password; answers the password to send. */
function usePasswordChoice() {
  const [mode, setMode] = useState<'generate' | 'type'>('generate');
  const [typed, setTyped] = useState('');
  return { mode, setMode, typed, setTyped, take: () => (mode === 'generate' ? generatePassword() : typed) };
}

function PasswordChoice({ choice, error }: { choice: ReturnType<typeof usePasswordChoice>; error: string | undefined }) {
  return (
    <fieldset className="tx-choice">
      <legend>{t('users.password.legend')}</legend>
      <label><input type="radio" name="u-password-mode" checked={choice.mode === 'generate'} onChange={() => choice.setMode('generate')} /> {t('users.password.generate')}</label>
      <label><input type="radio" name="u-password-mode" checked={choice.mode === 'type'} onChange={() => choice.setMode('type')} /> {t('users.password.type')}</label>
      {choice.mode === 'type' ? (
        <TextField id={IDS.password} label={t('users.password.label')} type="password" autoComplete="new-password" maxLength={256} required
          value={choice.typed} onChange={(e) => choice.setTyped(e.target.value)} hint={t('users.password.hint')} error={error} />
      ) : null}
    </fieldset>
  );
}

function RoleSelect({ value, onChange, error, hint }: { value: Role; onChange: (role: Role) => void; error: string | undefined; hint?: string }) {
  return (
    <SelectField id={IDS.role} label={t('users.field.role')} value={value} required error={error} hint={hint ?? t('users.field.roleHint')}
      onChange={(e) => onChange(e.target.value as Role)}>
      {ROLES.map((role) => <option key={role} value={role}>{t(`role.${role}`)}</option>)}
    </SelectField>
  );
}

function Actions({ busy, label, onCancel, danger }: { busy: boolean; label: string; onCancel: () => void; danger?: boolean }) {
  return (
    <div className="tx-actions">
      <button type="submit" className={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={busy}>{busy ? t('users.working') : label}</button>
      <button type="button" className="button" onClick={onCancel}>{t('common.cancel')}</button>
    </div>
  );
}

interface Done { onCancel: () => void }

/** Add a user: email, name, role, author profile, and a password typed or generated. */
export function CreateUserForm({ onCreated, onCancel }: Done & { onCreated: (user: ManagedUser, generated: string | null) => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('author');
  const [author, setAuthor] = useState('');
  const password = usePasswordChoice();
  const { busy, problems, setProblems, run } = useUserSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Problem[] = [];
    if (email.trim() === '') found.push({ field: IDS.email, message: t('users.error.email') });
    if (name.trim() === '') found.push({ field: IDS.name, message: t('users.error.name') });
    if (password.mode === 'type' && password.typed === '') found.push({ field: IDS.password, message: t('users.error.password') });
    if (found.length > 0) { setProblems(found); return; }
    const secret = password.take();
    await run(async () => {
      const user = await createUser({ email: email.trim(), name: name.trim(), role, password: secret, ...(author ? { authorSlug: author } : {}) });
      onCreated(user, password.mode === 'generate' ? secret : null);
    });
  }

  return (
    <form onSubmit={submit} noValidate className="tx-form">
      <Problems errors={problems} />
      <TextField id={IDS.email} label={t('users.field.email')} type="email" autoComplete="off" maxLength={320} required value={email}
        onChange={(e) => setEmail(e.target.value)} error={fieldError(problems, IDS.email)} />
      <TextField id={IDS.name} label={t('users.field.name')} autoComplete="off" maxLength={200} required value={name}
        onChange={(e) => setName(e.target.value)} error={fieldError(problems, IDS.name)} />
      <RoleSelect value={role} onChange={setRole} error={fieldError(problems, IDS.role)} />
      <TargetPicker kind="authors" id={IDS.authorSlug} label={t('users.field.author')} noneLabel={t('users.field.noAuthor')} value={author}
        onChange={(slug) => setAuthor(slug)} hint={t('users.field.authorHint')} error={fieldError(problems, IDS.authorSlug)} />
      <PasswordChoice choice={password} error={fieldError(problems, IDS.password)} />
      <Actions busy={busy} label={t('users.createSubmit')} onCancel={onCancel} />
    </form>
  );
}

/** Name, role and author profile of a user; the last administrator's refusal shows by the role. */
export function EditUserForm({ user, self, onSaved, onCancel }: Done & { user: ManagedUser; self: boolean; onSaved: (user: ManagedUser | null) => void }) {
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);
  const [author, setAuthor] = useState(user.author?.slug ?? '');
  const { busy, problems, setProblems, run } = useUserSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') { setProblems([{ field: IDS.name, message: t('users.error.name') }]); return; }
    const changes: UserChanges = {};
    if (name.trim() !== user.name) changes.name = name.trim();
    if (role !== user.role) changes.role = role;
    if (author !== (user.author?.slug ?? '')) changes.authorSlug = author === '' ? null : author;
    if (Object.keys(changes).length === 0) { onSaved(null); return; }
    await run(async () => onSaved(await updateUser(user.id, changes)));
  }

  const roleHint = role === user.role ? undefined : self ? t('users.selfRoleWarning') : t('users.roleChangeNote');
  return (
    <form onSubmit={submit} noValidate className="tx-form">
      <Problems errors={problems} />
      <p className="muted">{user.email}</p>
      <TextField id={IDS.name} label={t('users.field.name')} autoComplete="off" maxLength={200} required value={name}
        onChange={(e) => setName(e.target.value)} error={fieldError(problems, IDS.name)} />
      <RoleSelect value={role} onChange={setRole} error={fieldError(problems, IDS.role)} hint={roleHint} />
      <TargetPicker kind="authors" id={IDS.authorSlug} label={t('users.field.author')} noneLabel={t('users.field.noAuthor')} value={author}
        currentName={user.author?.name} onChange={(slug) => setAuthor(slug)} hint={t('users.field.authorHint')} error={fieldError(problems, IDS.authorSlug)} />
      <Actions busy={busy} label={t('common.save')} onCancel={onCancel} />
    </form>
  );
}

/** A new password for someone (which also enables a disabled user); a generated one is shown after. */
export function PasswordForm({ user, onSet, onCancel }: Done & { user: ManagedUser; onSet: (user: ManagedUser, generated: string | null) => void }) {
  const password = usePasswordChoice();
  const { busy, problems, setProblems, run } = useUserSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password.mode === 'type' && password.typed === '') { setProblems([{ field: IDS.password, message: t('users.error.password') }]); return; }
    const secret = password.take();
    await run(async () => onSet(await updateUser(user.id, { password: secret }), password.mode === 'generate' ? secret : null));
  }

  return (
    <form onSubmit={submit} noValidate className="tx-form">
      <Problems errors={problems} />
      <p>{t(user.disabled ? 'users.enableIntro' : 'users.passwordIntro', { name: user.name })}</p>
      <PasswordChoice choice={password} error={fieldError(problems, IDS.password)} />
      <Actions busy={busy} label={t(user.disabled ? 'users.enableSubmit' : 'users.setSubmit')} onCancel={onCancel} />
    </form>
  );
}

/** Disable or delete, after saying what follows; a refusal (the last administrator) is shown as sent. */
export function ConfirmUserForm({ user, action, onDone, onCancel }: Done & { user: ManagedUser; action: 'disable' | 'delete'; onDone: () => void }) {
  const { busy, problems, run } = useUserSubmit(plainProblems);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      if (action === 'delete') await deleteUser(user.id);
      else await updateUser(user.id, { disabled: true });
      onDone();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="tx-form">
      <Problems errors={problems} />
      <p>{t(action === 'delete' ? 'users.deleteIntro' : 'users.disableIntro', { name: user.name, email: user.email })}</p>
      <Actions busy={busy} danger label={t(action === 'delete' ? 'users.confirmDelete' : 'users.confirmDisable')} onCancel={onCancel} />
    </form>
  );
}
