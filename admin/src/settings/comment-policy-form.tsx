import { useState, type FormEvent } from 'react';
import { t } from '../i18n/i18n.ts';
import { CheckboxField, TextArea, TextField } from '../ui/field.tsx';
import { useNotices } from '../ui/notices.tsx';
import { fieldError, problemOf, Problems, type Problem } from '../taxonomy/form-kit.tsx';
import { saveCommentSettings, type CommentSettings, type ModerationMode } from './settings.api.ts';

const MODES: ModerationMode[] = ['all', 'first-time', 'open'];
// The API's limits for each number (src/comments/comment.schema.ts).
const NUMBERS = {
  holdLinks: { min: 0, max: 100, label: 'settings.comments.holdLinks', hint: 'settings.comments.holdLinksHint' },
  closeAfterDays: { min: 0, max: 36_500, label: 'settings.comments.closeAfterDays', hint: 'settings.comments.closeAfterDaysHint' },
  minFormSeconds: { min: 0, max: 600, label: 'settings.comments.minFormSeconds', hint: 'settings.comments.minFormSecondsHint' },
  floodSeconds: { min: 0, max: 3600, label: 'settings.comments.floodSeconds', hint: undefined },
} as const;
type NumberKey = keyof typeof NUMBERS;
const idOf = (key: string) => `c-${key}`;

/** The comment policy: who waits for a moderator, word lists, closing by age, anti-spam timings, email. */
export function CommentPolicyForm({ initial }: { initial: CommentSettings }) {
  const { notify } = useNotices();
  const [values, setValues] = useState(initial);
  // Numbers are edited as text so a half-typed value is not forced to 0.
  const [numbers, setNumbers] = useState<Record<NumberKey, string>>(() => ({
    holdLinks: String(initial.holdLinks), closeAfterDays: String(initial.closeAfterDays),
    minFormSeconds: String(initial.minFormSeconds), floodSeconds: String(initial.floodSeconds),
  }));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof CommentSettings>(key: K, value: CommentSettings[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Problem[] = [];
    const parsed = { ...values };
    for (const [key, { min, max }] of Object.entries(NUMBERS) as [NumberKey, (typeof NUMBERS)[NumberKey]][]) {
      const text = numbers[key].trim();
      const n = Number(text);
      if (!/^\d+$/.test(text) || n < min || n > max) found.push({ field: idOf(key), message: t('settings.comments.number', { min, max: max.toLocaleString('en') }) });
      else parsed[key] = n;
    }
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const saved = await saveCommentSettings(parsed);
      setValues(saved);
      notify(t('settings.comments.saved'));
    } catch (error) {
      setProblems([problemOf(error, Object.fromEntries(Object.keys(initial).map((k) => [k, idOf(k)])))]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="tx-form settings-form" aria-labelledby="settings-comments">
      <h2 id="settings-comments">{t('settings.comments.heading')}</h2>
      <p className="muted">{t('settings.comments.intro')}</p>
      <Problems errors={problems} />
      <fieldset className="tx-choice">
        <legend>{t('settings.comments.policy')}</legend>
        {MODES.map((mode) => (
          <label key={mode}>
            <input type="radio" name="c-moderation" value={mode} checked={values.moderation === mode} onChange={() => set('moderation', mode)} />
            {' '}{t(`settings.comments.policy.${mode}`)}
          </label>
        ))}
      </fieldset>
      <TextArea id={idOf('moderationWords')} label={t('settings.comments.moderationWords')} value={values.moderationWords} rows={5} maxLength={200_000}
        hint={t('settings.comments.moderationWordsHint')} spellCheck={false} onChange={(e) => set('moderationWords', e.target.value)}
        error={fieldError(problems, idOf('moderationWords'))} />
      <TextArea id={idOf('blockedWords')} label={t('settings.comments.blockedWords')} value={values.blockedWords} rows={5} maxLength={200_000}
        hint={t('settings.comments.blockedWordsHint')} spellCheck={false} onChange={(e) => set('blockedWords', e.target.value)}
        error={fieldError(problems, idOf('blockedWords'))} />
      <div className="settings-numbers">
        {(Object.keys(NUMBERS) as NumberKey[]).map((key) => {
          const spec = NUMBERS[key];
          return (
            <TextField key={key} id={idOf(key)} label={t(spec.label)} hint={spec.hint ? t(spec.hint) : undefined} inputMode="numeric" required
              value={numbers[key]} onChange={(e) => setNumbers((n) => ({ ...n, [key]: e.target.value }))} error={fieldError(problems, idOf(key))} />
          );
        })}
      </div>
      <CheckboxField label={t('settings.comments.notify')} hint={t('settings.comments.notifyHint')} checked={values.notifyModerators}
        onChange={(e) => set('notifyModerators', e.target.checked)} />
      <div className="tx-actions">
        <button type="submit" className="button button-primary" disabled={busy}>{busy ? t('common.saving') : t('common.save')}</button>
      </div>
    </form>
  );
}
