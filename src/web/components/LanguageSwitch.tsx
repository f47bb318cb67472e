import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, changeLanguage, currentLanguage } from '../i18n/index.js';

/** One button per language, each named in itself (LANGUAGE_NAMES). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n.resolvedLanguage);
  return (
    <div role="group" aria-label={t('language.switchLabel')} className="flex shrink-0 gap-2">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === active}
          onClick={() => void changeLanguage(language)}
          className="min-h-11 min-w-11 rounded-8 border border-blue-900 px-3 text-oln-16B-100 text-blue-900 hover:bg-blue-200 hover:underline aria-pressed:bg-blue-900 aria-pressed:text-white aria-pressed:hover:bg-blue-1000"
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
