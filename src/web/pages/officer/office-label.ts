import { isOfficerOffice, officerOfficeName } from '../../../domain/auth/officer-offices.js';

/** An office's name in the page's language (codes come from the API). */
export function officeLabel(code: string, language: string | undefined): string {
  const names = isOfficerOffice(code) ? officerOfficeName(code) : { ja: code, en: code };
  return language === 'en' ? names.en : names.ja;
}
