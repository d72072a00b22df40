import { useEffect, useId, useRef, type ReactNode, type InputHTMLAttributes, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { t } from '../i18n/i18n.ts';

interface FieldFrame {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
}

/** Wires a label, a hint and an error to one control, the way screen readers expect. */
function useFieldIds(error: string | undefined, hint: ReactNode) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function Label({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean | undefined }) {
  return (
    <label className="field-label" htmlFor={htmlFor}>
      {label}
      {required ? <span className="required" aria-hidden="true"> *</span> : null}
    </label>
  );
}

function Extras({ hintId, errorId, hint, error }: { hintId?: string | undefined; errorId?: string | undefined; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {hint ? <p className="field-hint" id={hintId}>{hint}</p> : null}
      {error ? <p className="field-error" id={errorId}>{error}</p> : null}
    </>
  );
}

export function TextField({ label, hint, error, required, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <Label htmlFor={input.id ?? ids.id} label={label} required={required} />
      <input id={ids.id} required={required} aria-required={required || undefined} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...input} />
      <Extras {...ids} hint={hint} error={error} />
    </div>
  );
}

export function TextArea({ label, hint, error, required, ...input }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <Label htmlFor={input.id ?? ids.id} label={label} required={required} />
      <textarea id={ids.id} required={required} aria-required={required || undefined} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...input} />
      <Extras {...ids} hint={hint} error={error} />
    </div>
  );
}

export function SelectField({ label, hint, error, required, children, ...select }: FieldFrame & SelectHTMLAttributes<HTMLSelectElement>) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <Label htmlFor={select.id ?? ids.id} label={label} required={required} />
      <select id={ids.id} required={required} aria-required={required || undefined} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...select}>
        {children}
      </select>
      <Extras {...ids} hint={hint} error={error} />
    </div>
  );
}

export function CheckboxField({ label, hint, ...input }: { label: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(undefined, hint);
  return (
    <div className="field field-checkbox">
      <input type="checkbox" id={ids.id} aria-describedby={ids.describedBy} {...input} />
      <label htmlFor={ids.id}>{label}</label>
      <Extras {...ids} hint={hint} />
    </div>
  );
}

/** The list of problems above a form, focused when it appears, each linking to its field. */
export function ErrorSummary({ errors }: { errors: { field?: string; message: string }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus moves here when the problems change, not on every render: a form that re-renders as
  // someone types must not pull the caret away from the field they are fixing.
  const key = errors.map((e) => `${e.field ?? ''}:${e.message}`).join('\n');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{t('common.errorSummary')}</h2>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{e.field ? <a href={`#${e.field}`}>{e.message}</a> : e.message}</li>
        ))}
      </ul>
    </div>
  );
}
