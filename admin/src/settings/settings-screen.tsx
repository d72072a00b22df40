import { useSession } from '../app/session.tsx';
import { t } from '../i18n/i18n.ts';
import { LoadError, Loading } from '../ui/notices.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { useResource } from '../ui/use-resource.ts';
import { problemOf } from '../taxonomy/form-kit.tsx';
import { ApiTokensPanel } from './api-tokens-panel.tsx';
import { CommentPolicyForm } from './comment-policy-form.tsx';
import { getCommentSettings, getSettings, type SiteSettings } from './settings.api.ts';
import { SiteSettingsForm } from './site-settings-form.tsx';
import '../taxonomy/taxonomy.css';
import '../users/users.css';
import './settings.css';

/** Whether mail goes out, and how an operator sets it up (it is configured where the server runs). */
function EmailPanel({ configured }: { configured: boolean | undefined }) {
  const state = configured === undefined ? 'unknown' : configured ? 'on' : 'off';
  return (
    <section className="panel settings-panel" aria-labelledby="settings-email">
      <h2 id="settings-email">{t('settings.email.heading')}</h2>
      <p className={`settings-mail settings-mail-${state}`}>{t(`settings.email.${state}`)}</p>
      <p>{t('settings.email.how')}</p>
      <pre className="settings-example"><code>{t('settings.email.example')}</code></pre>
    </section>
  );
}

/** Administrators' settings: the site, the comment policy, email and API tokens. */
export function SettingsScreen() {
  const { can } = useSession();
  const site = useResource((signal) => getSettings(signal), 'settings');
  const comments = useResource((signal) => getCommentSettings(signal), 'comment-settings');
  const failed = site.error ?? comments.error;

  return (
    <>
      <PageHeader title={t('nav.settings')} />
      {failed && !(site.data && comments.data) ? <LoadError message={problemOf(failed).message} onRetry={() => { site.reload(); comments.reload(); }} /> : null}
      {!failed && !(site.data && comments.data) ? <Loading /> : null}
      {site.data && comments.data ? (
        <div className="settings-grid">
          <div className="panel settings-panel"><SiteSettingsForm initial={site.data} onSaved={(saved: SiteSettings) => site.set(saved)} /></div>
          <div className="panel settings-panel"><CommentPolicyForm initial={comments.data} /></div>
          <EmailPanel configured={site.data.smtpConfigured} />
          {can('token.manage') ? <ApiTokensPanel timeZone={site.data.timeZone} /> : null}
        </div>
      ) : null}
    </>
  );
}
