import { useState, type FormEvent } from 'react';
import { t } from '../i18n/i18n.ts';
import { TextArea, TextField } from '../ui/field.tsx';
import { useNotices } from '../ui/notices.tsx';
import { fieldError, problemOf, Problems, type Problem } from '../taxonomy/form-kit.tsx';
import { FeedContentField } from './feed-content-field.tsx';
import { LanguageField } from './language-field.tsx';
import { saveSettings, type SiteSettings } from './settings.api.ts';
import { TimeZoneField } from './time-zone-field.tsx';

const IDS = { title: 's-title', description: 's-description', language: 's-language', timeZone: 's-time-zone', feedContent: 's-feed-content' };
const TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/** Title, description, language and time zone (what every reader page carries), and what the feeds carry. */
export function SiteSettingsForm({ initial, onSaved }: { initial: SiteSettings; onSaved: (settings: SiteSettings) => void }) {
  const { notify } = useNotices();
  const [title, setTitle] = useState(initial.title);
  const [description, setDescription] = useState(initial.description);
  const [language, setLanguage] = useState(initial.language);
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [feedContent, setFeedContent] = useState(initial.feedContent);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Problem[] = [];
    if (title.trim() === '') found.push({ field: IDS.title, message: t('settings.error.title') });
    if (!TAG.test(language)) found.push({ field: IDS.language, message: t('settings.error.language') });
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const saved = await saveSettings({ title: title.trim(), description: description.trim(), language, timeZone, feedContent });
      setTitle(saved.title);
      setDescription(saved.description);
      setFeedContent(saved.feedContent);
      notify(t('settings.site.saved'));
      onSaved(saved);
    } catch (error) {
      setProblems([problemOf(error, IDS)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="tx-form settings-form" aria-labelledby="settings-site">
      <h2 id="settings-site">{t('settings.site.heading')}</h2>
      <Problems errors={problems} />
      <TextField id={IDS.title} label={t('settings.site.title')} value={title} required maxLength={200} hint={t('settings.site.titleHint')}
        onChange={(e) => setTitle(e.target.value)} error={fieldError(problems, IDS.title)} />
      <TextArea id={IDS.description} label={t('settings.site.description')} value={description} maxLength={1000} rows={3} hint={t('settings.site.descriptionHint')}
        onChange={(e) => setDescription(e.target.value)} error={fieldError(problems, IDS.description)} />
      <LanguageField id={IDS.language} value={language} onChange={setLanguage} error={fieldError(problems, IDS.language)} />
      <TimeZoneField id={IDS.timeZone} value={timeZone} onChange={setTimeZone} error={fieldError(problems, IDS.timeZone)} />
      <FeedContentField id={IDS.feedContent} value={feedContent} onChange={setFeedContent} error={fieldError(problems, IDS.feedContent)} />
      <div className="tx-actions">
        <button type="submit" className="button button-primary" disabled={busy}>{busy ? t('common.saving') : t('common.save')}</button>
      </div>
    </form>
  );
}
