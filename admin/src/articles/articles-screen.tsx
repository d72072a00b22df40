import { t } from '../i18n/i18n.ts';
import { PageHeader } from '../ui/page-header.tsx';

/** Placeholder until this screen is built. */
export function ArticlesScreen() {
  return <PageHeader title={t('nav.articles')} />;
}
