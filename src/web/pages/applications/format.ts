import type { Language } from '../../i18n/index.js';

/** Dates and sizes as users read them; times in Japan time, where the bureau's dates are. */

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'ja-JP');

export function jstTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' }).format(new Date(iso));
}

export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(new Date(iso));
}

export function formatBytes(bytes: number, language: Language): string {
  const format = (n: number, digits: number) => new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${format(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024, 0)} KB`;
  return `${format(bytes / 1024 / 1024, 1)} MB`;
}
