import { useState } from 'react';
import { t } from '../i18n/i18n.ts';
import { SelectField, TextField } from '../ui/field.tsx';

// The usual choices; any other BCP 47 tag can be typed. Names come from the browser (Intl).
const CHOICES = [
  'en', 'en-GB', 'en-US', 'fr', 'de', 'es', 'es-419', 'pt', 'pt-BR', 'it', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'hu', 'ro', 'el',
  'tr', 'ru', 'uk', 'ar', 'he', 'fa', 'ur', 'hi', 'bn', 'sw', 'id', 'ms', 'vi', 'th', 'zh-Hans', 'zh-Hant', 'ja', 'ko',
];
// As the site decides a page's direction (src/site/i18n): by the language's first part.
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb']);
const OTHER = '*';

/** True when pages in `tag` read right to left. */
export function isRightToLeft(tag: string): boolean {
  return RTL.has(tag.split('-')[0]?.toLowerCase() ?? '');
}

function nameOf(tag: string): string {
  try {
    const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
    const own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? english;
    return own === english ? `${english} (${tag})` : `${english} — ${own} (${tag})`;
  } catch {
    return tag;
  }
}

/** The site language: a select of common ones, or a tag typed in; says when it makes pages right to left. */
export function LanguageField({ id, value, onChange, error }: { id: string; value: string; onChange: (tag: string) => void; error: string | undefined }) {
  const [other, setOther] = useState(!CHOICES.includes(value));
  return (
    <div className="settings-language">
      <SelectField id={other ? `${id}-choice` : id} label={t('settings.site.language')} value={other ? OTHER : value} hint={t('settings.site.languageHint')}
        error={other ? undefined : error} onChange={(e) => {
          const next = e.target.value;
          setOther(next === OTHER);
          if (next !== OTHER) onChange(next);
        }}>
        {CHOICES.map((tag) => <option key={tag} value={tag}>{nameOf(tag)}</option>)}
        <option value={OTHER}>{t('settings.site.languageOther')}</option>
      </SelectField>
      {other ? (
        <TextField id={id} label={t('settings.site.languageTag')} value={value} maxLength={35} required autoComplete="off" spellCheck={false}
          hint={t('settings.site.languageTagHint')} error={error} onChange={(e) => onChange(e.target.value.trim())} />
      ) : null}
      {isRightToLeft(value) ? <p className="tx-note" role="note">{t('settings.site.rtl')}</p> : null}
    </div>
  );
}
