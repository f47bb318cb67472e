import { describe, expect, it } from 'vitest';
import { STATUS_PAGES } from '../status/index.js';
import type { FieldDefinition } from '../types.js';
import { STATUS_MESSAGES_EN } from './status-en.js';
import { STATUS_MESSAGES_JA } from './status-ja.js';

function keysOf(fields: readonly FieldDefinition[]): string[] {
  return fields.flatMap((f) => [
    f.labelKey, ...(f.hintKey ? [f.hintKey] : []), ...(f.options ?? []).map((o) => o.labelKey), ...keysOf(f.columns ?? []),
  ]);
}
/** Country names come with the country list (src/forms/pages/countries.ts), not with these texts. */
const usedKeys = new Set(STATUS_PAGES.flatMap((page) => [page.titleKey, ...keysOf(page.fields)]).filter((key) => !key.startsWith('country.option.')));

describe('status and organisation part texts (R-FORM-6: in Japanese and English)', () => {
  it('ja and en have the same keys', () => {
    expect(Object.keys(STATUS_MESSAGES_EN).sort()).toEqual(Object.keys(STATUS_MESSAGES_JA).sort());
  });

  it('every title, label, hint and option of the pages has a text in both languages, and no text is unused', () => {
    for (const key of usedKeys) {
      expect(STATUS_MESSAGES_JA[key]?.trim(), `ja ${key}`).toBeTruthy();
      expect(STATUS_MESSAGES_EN[key]?.trim(), `en ${key}`).toBeTruthy();
    }
    expect(Object.keys(STATUS_MESSAGES_JA).filter((key) => !usedKeys.has(key))).toEqual([]);
  });

  it('no key is a dotted prefix of another (the keys also work as nested i18n resources)', () => {
    const keys = Object.keys(STATUS_MESSAGES_JA);
    const prefixes = keys.filter((key) => keys.some((other) => other.startsWith(`${key}.`)));
    expect(prefixes).toEqual([]);
  });

  it('the English texts are not Japanese copies', () => {
    const untranslated = Object.entries(STATUS_MESSAGES_EN).filter(([key, text]) => text === STATUS_MESSAGES_JA[key] && /[぀-ヿ一-鿿]/.test(text));
    expect(untranslated).toEqual([]);
  });
});
