import { useEffect, useRef } from 'react';
import { t, type MessageKey } from '../i18n/i18n.ts';
import type { Comparison, DiffPart } from './workflow.api.ts';

/** Field names as the revision routes send them, in the newsroom's words. */
const FIELD_LABELS: Record<string, MessageKey> = {
  headline: 'revisions.field.headline',
  slug: 'revisions.field.slug',
  standfirst: 'revisions.field.standfirst',
  bodyHtml: 'revisions.field.bodyHtml',
  sectionSlug: 'revisions.field.sectionSlug',
  authorSlugs: 'revisions.field.authorSlugs',
  tags: 'revisions.field.tags',
  language: 'revisions.field.language',
  image: 'revisions.field.image',
  embargoUntil: 'revisions.field.embargoUntil',
  seoTitle: 'revisions.field.seoTitle',
  seoDescription: 'revisions.field.seoDescription',
};

/** A field's label, or its API name for a field this app does not know yet. */
export function fieldLabel(field: string): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

/**
 * One side of a field's difference. Struck-through and underlined words carry spoken labels too,
 * so the change does not rest on colour or on styling a screen reader does not announce.
 */
function Side({ parts, hide, mark }: { parts: DiffPart[]; hide: DiffPart['op']; mark: 'removed' | 'added' }) {
  return (
    <p className="diff-text">
      {parts.filter((part) => part.op !== hide).map((part, i) => {
        if (part.op === 'same') return <span key={i}>{part.text}</span>;
        const Tag = mark === 'removed' ? 'del' : 'ins';
        return (
          <Tag key={i}>
            <span className="visually-hidden">{t(`revisions.diff.${mark}Start`)} </span>
            {part.text}
            <span className="visually-hidden"> {t(`revisions.diff.${mark}End`)}</span>
          </Tag>
        );
      })}
    </p>
  );
}

/** Two revisions side by side, field by field: the older with removed words, the newer with added ones. */
export function RevisionComparison({ comparison }: { comparison: Comparison }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new comparison replaces the last one: take the reader to it.
  useEffect(() => headingRef.current?.focus(), [comparison]);
  const { from, to, fields } = comparison;
  return (
    <section className="revision-comparison">
      <h3 ref={headingRef} tabIndex={-1}>{t('revisions.compare.heading', { from, to })}</h3>
      {fields.length === 0 ? <p>{t('revisions.compare.same')}</p> : fields.map((field) => (
        <div key={field.field} className="diff-field">
          <h4>{fieldLabel(field.field)}</h4>
          <div className="diff-columns">
            <div className="diff-side diff-before">
              <p className="diff-label">{t('revisions.compare.before', { number: from })}</p>
              <Side parts={field.parts} hide="added" mark="removed" />
            </div>
            <div className="diff-side diff-after">
              <p className="diff-label">{t('revisions.compare.after', { number: to })}</p>
              <Side parts={field.parts} hide="removed" mark="added" />
            </div>
          </div>
        </div>
      ))}
    </section>
  );
}
