import { describe, expect, it } from 'vitest';
import { APPLICATION_FORM } from '../application-form.js';
import type { FieldDefinition } from '../types.js';
import { COMMON_EN } from './common-en.js';
import { COMMON_JA } from './common-ja.js';
import { FORM_MESSAGES } from './index.js';

function keysOf(fields: readonly FieldDefinition[]): string[] {
  return fields.flatMap((f) => [f.labelKey, ...(f.hintKey ? [f.hintKey] : []), ...(f.options ?? []).map((o) => o.labelKey), ...keysOf(f.columns ?? [])]);
}
const usedKeys = new Set(APPLICATION_FORM.pages.flatMap((page) => [page.titleKey, ...keysOf(page.fields)]));
/** Texts used by code rather than by a definition: the engine's messages and the form-level rules. */
const codeKeys = new Set([...Object.keys(COMMON_JA), 'step1.procedures.error.oneMain', 'step1.procedures.error.noMain']);

describe('FORM_MESSAGES (R-FORM-6: the forms in Japanese and English; DESIGN §3.8)', () => {
  it('every page title, label, hint and option label of APPLICATION_FORM has a text in both languages', () => {
    const missing = [...usedKeys].flatMap((key) => [
      ...(FORM_MESSAGES.ja[key]?.trim() ? [] : [`ja ${key}`]),
      ...(FORM_MESSAGES.en[key]?.trim() ? [] : [`en ${key}`]),
    ]);
    expect(missing).toEqual([]);
  });

  it('ja and en have the same key set, and every key is used', () => {
    expect(Object.keys(FORM_MESSAGES.en).sort()).toEqual(Object.keys(FORM_MESSAGES.ja).sort());
    expect(Object.keys(FORM_MESSAGES.ja).filter((key) => !usedKeys.has(key) && !codeKeys.has(key))).toEqual([]);
  });

  it('the engine’s messages have the same keys and placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(COMMON_EN).sort()).toEqual(Object.keys(COMMON_JA).sort());
    const en: Record<string, string> = COMMON_EN;
    for (const [key, ja] of Object.entries(COMMON_JA)) expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(ja));
  });

  it('no key is a dotted prefix of another (the keys also work as nested i18n resources)', () => {
    const keys = Object.keys(FORM_MESSAGES.ja);
    expect(keys.filter((key) => keys.some((other) => other.startsWith(`${key}.`)))).toEqual([]);
  });

  it('the English texts are not Japanese copies', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const copies = Object.entries(FORM_MESSAGES.en).filter(([key, text]) => text === FORM_MESSAGES.ja[key] && japanese.test(text));
    expect(copies).toEqual([]);
  });
});
