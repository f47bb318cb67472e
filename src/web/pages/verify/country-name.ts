import type { Bilingual } from '../../../domain/validation/field-errors.js';
import { COUNTRIES } from '../../../forms/pages/countries.js';

/** A country or region's name in both languages by its code (e.g. VNM), as the issued documents show it. */
export function countryName(code: string): Bilingual | undefined {
  const country = COUNTRIES.find((c) => c.code === code);
  return country ? { ja: country.nameJa, en: country.nameEn } : undefined;
}
