import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { t, tn } from '../i18n/i18n.ts';

export interface Chip {
  key: string;
  label: string;
}

interface Option extends Chip {
  /** A name typed by the writer that matches nothing: choosing it creates it. */
  create?: boolean;
}

export interface ChipPickerProps {
  id: string;
  label: string;
  hint: string;
  error?: string | undefined;
  required?: boolean;
  values: Chip[];
  onChange: (values: Chip[]) => void;
  /** Suggestions for what was typed (already chosen ones are left out here). */
  search: (query: string, signal: AbortSignal) => Promise<Chip[]>;
  /** Tags may be made up on the spot; authors must exist. */
  allowCreate?: boolean;
}

/**
 * A list of chosen items as removable chips, and a combobox (the ARIA 1.2 pattern) that suggests
 * more as the writer types: arrows choose, Enter adds, Escape closes. What happened is said in
 * a live region, because chips appearing and disappearing are otherwise silent.
 */
export function ChipPicker({ id, label, hint, error, required, values, onChange, search, allowCreate }: ChipPickerProps) {
  const base = useId();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [said, setSaid] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const searchRef = useRef(search);
  searchRef.current = search;
  const chosen = new Set(values.map((v) => v.key.toLowerCase()));

  useEffect(() => {
    if (!open) return undefined;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      searchRef.current(query.trim(), controller.signal).then((found) => {
        const fresh: Option[] = found.filter((f) => !chosen.has(f.key.toLowerCase()));
        const typed = query.trim();
        const exists = found.some((f) => f.label.toLowerCase() === typed.toLowerCase()) || chosen.has(typed.toLowerCase());
        if (allowCreate && typed && !exists) fresh.push({ key: typed, label: typed, create: true });
        setOptions(fresh);
        setActive(fresh.length > 0 ? 0 : -1);
        setSaid(fresh.length > 0 ? tn('editor.picker.suggestions', fresh.length) : t('editor.picker.none'));
      }, () => undefined);
    }, 200);
    return () => { controller.abort(); window.clearTimeout(timer); };
    // `chosen` is derived from `values`, which is listed.
  }, [query, open, values, allowCreate]);

  function add(option: Option) {
    onChange([...values, { key: option.key, label: option.label }]);
    setSaid(t('editor.picker.added', { name: option.label }));
    setQuery('');
    setOpen(false);
    input.current?.focus();
  }

  function remove(chip: Chip) {
    onChange(values.filter((v) => v.key !== chip.key));
    setSaid(t('editor.picker.removed', { name: chip.label }));
    // The chip's button is gone: the input is the meaningful place to land.
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) { setOpen(true); return; }
      if (options.length === 0) return;
      setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length);
    } else if (event.key === 'Enter' || (event.key === ',' && allowCreate)) {
      const option = open ? options[active] : undefined;
      const typed = query.trim();
      if (option) { event.preventDefault(); add(option); }
      else if (allowCreate && typed && !chosen.has(typed.toLowerCase())) { event.preventDefault(); add({ key: typed, label: typed, create: true }); }
      else if (event.key === 'Enter' && open) event.preventDefault();
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && values.length > 0) {
      const last = values[values.length - 1];
      if (last) remove(last);
    }
  }

  const listId = `${base}-list`;
  const hintId = `${base}-hint`;
  const errorId = `${base}-error`;
  const expanded = open && options.length > 0;
  return (
    <div className={`field chip-picker${error ? ' has-error' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}{required ? <span className="required" aria-hidden="true"> *</span> : null}
      </label>
      {values.length > 0 ? (
        <ul className="chips" aria-label={t('editor.picker.chosen', { name: label })}>
          {values.map((chip) => (
            <li key={chip.key} className="chip">
              <span>{chip.label}</span>
              <button type="button" className="chip-remove" aria-label={t('editor.picker.remove', { name: chip.label })} onClick={() => remove(chip)}>×</button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="chip-combo">
        <input ref={input} id={id} type="text" role="combobox" autoComplete="off" value={query}
          aria-autocomplete="list" aria-expanded={expanded} aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-required={required || undefined} aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
          onChange={(event) => { setQuery(event.target.value); setOpen(true); }}
          // Suggestions open on typing, a click or an arrow key, not on focus: focus also arrives by Tab or after a save.
          onClick={() => setOpen(true)} onBlur={() => setOpen(false)} onKeyDown={onKeyDown} />
        <ul id={listId} role="listbox" aria-label={t('editor.picker.suggestionsLabel', { name: label })} className="chip-options" hidden={!expanded}>
          {options.map((option, i) => (
            <li key={`${option.create ? 'new:' : ''}${option.key}`} id={`${listId}-${i}`} role="option" aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // mousedown, not click: the input must keep focus (its blur would close the list first).
              onMouseDown={(event) => { event.preventDefault(); add(option); }}>
              {option.create ? t('editor.picker.create', { name: option.label }) : option.label}
            </li>
          ))}
        </ul>
      </div>
      <p className="field-hint" id={hintId}>{hint}</p>
      {error ? <p className="field-error" id={errorId}>{error}</p> : null}
      <p className="visually-hidden" aria-live="polite">{said}</p>
    </div>
  );
}
