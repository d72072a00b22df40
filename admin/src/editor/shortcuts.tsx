import { t, type MessageKey } from '../i18n/i18n.ts';

export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** "Mod-Alt-2" as this computer writes it: Ctrl+Alt+2, or ⌘+⌥+2 on a Mac. */
export function shortcutText(keys: string): string {
  const mac = isMac();
  const names: Record<string, string> = { Mod: mac ? '⌘' : 'Ctrl', Alt: mac ? '⌥' : 'Alt', Shift: mac ? '⇧' : 'Shift' };
  return keys.split('-').map((part) => names[part] ?? part).join('+');
}

/** Ctrl on Windows and Linux, ⌘ on a Mac, the way TipTap's "Mod" reads. */
export function isModKey(event: KeyboardEvent): boolean {
  return isMac() ? event.metaKey : event.ctrlKey;
}

/** Keys that type text here, where "?" is a question mark and not a request for help. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const SHORTCUTS: [string, MessageKey][] = [
  ['Mod-S', 'editor.keys.save'],
  ['Mod-Shift-P', 'editor.keys.preview'],
  ['?', 'editor.keys.help'],
  ['Mod-B', 'editor.keys.bold'],
  ['Mod-I', 'editor.keys.italic'],
  ['Mod-U', 'editor.keys.underline'],
  ['Mod-K', 'editor.keys.link'],
  ['Mod-Alt-2', 'editor.keys.h2'],
  ['Mod-Alt-3', 'editor.keys.h3'],
  ['Mod-Alt-4', 'editor.keys.h4'],
  ['Mod-Alt-0', 'editor.keys.paragraph'],
  ['Mod-Shift-B', 'editor.keys.quote'],
  ['Mod-Shift-8', 'editor.keys.bullets'],
  ['Mod-Shift-7', 'editor.keys.numbers'],
  ['Mod-Z', 'editor.keys.undo'],
  ['Mod-Shift-Z', 'editor.keys.redo'],
  ['←/→', 'editor.keys.toolbar'],
  ['Enter', 'editor.keys.figure'],
];

/** The keyboard shortcuts, as a table for the shortcuts dialog. */
export function ShortcutsTable() {
  return (
    <div className="table-wrap">
      <table className="data shortcuts">
        <thead><tr><th scope="col">{t('editor.keys.key')}</th><th scope="col">{t('editor.keys.action')}</th></tr></thead>
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys}><td><kbd>{shortcutText(keys)}</kbd></td><td>{t(action)}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
