import { t } from '../i18n/i18n.ts';
import type { FeedContent } from './settings.api.ts';

const CHOICES: FeedContent[] = ['full', 'summary'];

/**
 * What the feeds carry: a radio group whose choices each say what readers' feed apps will show,
 * since "summary" alone does not tell an administrator that readers then have to visit the site.
 */
export function FeedContentField({ id, value, onChange, error }: { id: string; value: FeedContent; onChange: (choice: FeedContent) => void; error: string | undefined }) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset id={id} className={`tx-choice settings-feed${error ? ' has-error' : ''}`} aria-describedby={describedBy}>
      <legend>{t('settings.site.feedContent')}</legend>
      <p className="field-hint" id={`${id}-hint`}>{t('settings.site.feedContentHint')}</p>
      {error ? <p className="field-error" id={`${id}-error`}>{error}</p> : null}
      {CHOICES.map((choice) => (
        <div key={choice} className="settings-feed-choice">
          <input type="radio" id={`${id}-${choice}`} name={id} value={choice} checked={value === choice}
            aria-describedby={`${id}-${choice}-hint`} onChange={() => onChange(choice)} />
          <label htmlFor={`${id}-${choice}`}>{t(`settings.site.feedContent.${choice}`)}</label>
          <p className="field-hint" id={`${id}-${choice}-hint`}>{t(`settings.site.feedContent.${choice}Hint`)}</p>
        </div>
      ))}
    </fieldset>
  );
}
