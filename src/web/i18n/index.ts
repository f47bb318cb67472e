import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ja, type Messages } from './ja.js';

/** The languages offered, Japanese (the source) first. Adding one means a resource file and an entry here. */
export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself (日本語 / English) so a reader of either can find it; bundled, since the other language's texts load only when chosen. */
export const LANGUAGE_NAMES: Record<Language, string> = { ja: '日本語', en: 'English' };

/**
 * Japanese is bundled; other languages load on demand, so a page carries the texts of one language only (DESIGN's
 * page-weight budget: the messages of every feature sit in the main chunk).
 */
const LOADERS: Record<Language, () => Promise<Messages>> = {
  ja: () => Promise.resolve(ja),
  en: () => import('./en.js').then((m) => m.en),
};

export function loadMessages(language: Language): Promise<Messages> {
  return LOADERS[language]();
}

async function ensureLoaded(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await loadMessages(language));
}

const STORAGE_KEY = 'zairyu.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined; // storage blocked (private mode, policy): fall back to the default
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // The choice still applies to this visit.
  }
}

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
}

/** Japanese unless the user chose otherwise; the choice persists in localStorage. Resolves once its texts are loaded. */
export async function initI18n(): Promise<typeof i18next> {
  const language = readStoredLanguage() ?? 'ja';
  applyToDocument(language);
  const resources = { ja: { translation: ja }, ...(language === 'ja' ? {} : { [language]: { translation: await loadMessages(language) } }) };
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'ja',
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  i18next.on('languageChanged', applyToDocument);
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
}

export function currentLanguage(value: string | undefined): Language {
  return isLanguage(value) ? value : 'ja';
}
