import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { ja, type Messages } from './ja.js';

/** The languages offered, Japanese (the source) first. Adding one means a resource file and an entry here. */
export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const RESOURCES: Record<Language, Messages> = { ja, en };

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

/** Japanese unless the user chose otherwise; the choice persists in localStorage. */
export function initI18n(): typeof i18next {
  const language = readStoredLanguage() ?? 'ja';
  applyToDocument(language);
  void i18next.use(initReactI18next).init({
    resources: { ja: { translation: ja }, en: { translation: en } },
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
  await i18next.changeLanguage(language);
}

export function currentLanguage(value: string | undefined): Language {
  return isLanguage(value) ? value : 'ja';
}
