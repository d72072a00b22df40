import { MESSAGES_EN, type Catalogue, type MessageKey } from './messages.en.ts';

const CATALOGUES: Record<string, Catalogue> = { en: MESSAGES_EN };
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb']);

/** Looks up UI strings for one language, filling `{name}` placeholders. */
export interface Translator {
  (key: MessageKey, params?: Record<string, string | number>): string;
  language: string;
  dir: 'ltr' | 'rtl';
}

/** A translator for `language`, falling back to English for a language with no catalogue yet. */
export function createTranslator(language: string): Translator {
  const base = language.toLowerCase().split('-')[0] ?? 'en';
  const catalogue = CATALOGUES[base] ?? MESSAGES_EN;
  const t = ((key, params) => {
    const text: string = catalogue[key] ?? MESSAGES_EN[key];
    return params ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')) : text;
  }) as Translator;
  t.language = language;
  t.dir = RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr';
  return t;
}

export type { MessageKey } from './messages.en.ts';
