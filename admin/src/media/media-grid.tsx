import type { KeyboardEvent, Ref } from 'react';
import { t } from '../i18n/i18n.ts';
import { thumbnailUrl, webpSrcSet, type MediaItem } from './media.api.ts';

// Cells are about 11rem wide on a desktop and half the screen on a phone.
const CELL_SIZES = '(max-width: 600px) 50vw, 12rem';

/**
 * The library as a grid of image buttons. Tab reaches each one; the arrow keys move between
 * them as they are laid out (up and down by a row), Home and End to the first and last;
 * Enter or Space selects.
 */
export function MediaGrid({ items, onSelect, label, ref }: { items: MediaItem[]; onSelect: (item: MediaItem) => void; label: string; ref?: Ref<HTMLUListElement> }) {
  return (
    <ul className="media-grid" ref={ref} aria-label={label} onKeyDown={moveFocus}>
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" className="media-card" onClick={() => onSelect(item)}>
            <img src={thumbnailUrl(item, 320)} srcSet={webpSrcSet(item)} sizes={CELL_SIZES} alt={item.alt}
              width={item.width} height={item.height} loading="lazy" decoding="async" />
            <span className="media-card-name">{item.originalName || t('media.untitled')}</span>
            {item.alt.trim() === '' ? <span className="badge media-needs-alt">{t('media.needsAlt')}</span> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Arrow-key movement between the grid's buttons, by what is on screen (the grid reflows). */
function moveFocus(event: KeyboardEvent<HTMLUListElement>): void {
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button.media-card'));
  const from = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (from < 0) return;
  const columns = columnCount(buttons);
  const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
  const steps: Record<string, number> = {
    ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowDown: columns, ArrowUp: -columns,
    Home: -from, End: buttons.length - 1 - from,
  };
  const step = steps[event.key];
  if (step === undefined) return;
  const target = buttons[Math.min(buttons.length - 1, Math.max(0, from + step))];
  event.preventDefault();
  target?.focus();
}

/** How many cells sit on the first row: those sharing the first cell's top edge. */
function columnCount(buttons: HTMLElement[]): number {
  const top = buttons[0]?.getBoundingClientRect().top;
  const count = buttons.filter((b) => Math.abs(b.getBoundingClientRect().top - (top ?? 0)) < 2).length;
  return Math.max(1, count);
}
