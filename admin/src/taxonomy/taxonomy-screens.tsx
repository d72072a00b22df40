import { t } from '../i18n/i18n.ts';
import { PageHeader } from '../ui/page-header.tsx';

/** Placeholders until these screens are built. */
export function SectionsScreen() {
  return <PageHeader title={t('nav.sections')} />;
}
export function TagsScreen() {
  return <PageHeader title={t('nav.tags')} />;
}
export function AuthorsScreen() {
  return <PageHeader title={t('nav.authors')} />;
}
