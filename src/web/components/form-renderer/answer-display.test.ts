import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../forms/types.js';
import { displayList, displayRows, displayScalar, type DisplayTexts } from './answer-display.js';

const texts = (language: 'ja' | 'en'): DisplayTexts => ({
  language, text: (key) => `«${key}»`, yes: language === 'ja' ? 'はい' : 'Yes', no: language === 'ja' ? 'いいえ' : 'No', unanswered: '—',
});
const field = (over: Partial<FieldDefinition>): FieldDefinition => ({ id: 'x', type: 'text', labelKey: 'x.label', ...over });

describe('R-FORM-6 the review shows each answer in words', () => {
  it.each([
    ['yesNo true', field({ type: 'yesNo' }), true, 'ja', 'はい'],
    ['yesNo false', field({ type: 'yesNo' }), false, 'en', 'No'],
    ['an option by its label', field({ type: 'choice', options: [{ value: 'M', labelKey: 'sex.male' }] }), 'M', 'ja', '«sex.male»'],
    ['a status by its name (ja)', field({ type: 'status' }), 'ENGINEER_HUMANITIES_INTL', 'ja', '技術・人文知識・国際業務'],
    ['a status by its name (en)', field({ type: 'status' }), 'STUDENT', 'en', 'Student'],
    ['money with separators', field({ type: 'money' }), 250000, 'ja', '250,000'],
    ['plain text as typed', field({ type: 'latinName' }), 'NGUYEN VAN AN', 'en', 'NGUYEN VAN AN'],
    ['nothing as unanswered', field({}), '', 'ja', '—'],
    ['null as unanswered', field({ type: 'yesNo' }), null, 'ja', '—'],
  ] as const)('%s', (_name, f, value, language, expected) => {
    expect(displayScalar(f, value, texts(language))).toBe(expected);
  });

  it('joins several choices in the language of the page', () => {
    const f = field({ type: 'multiChoice', options: [{ value: 'a', labelKey: 'A' }, { value: 'b', labelKey: 'B' }] });
    expect(displayList(f, ['a', 'b'], texts('ja'))).toBe('«A»、«B»');
    expect(displayList(f, ['b'], texts('en'))).toBe('«B»');
    expect(displayList(f, [], texts('en'))).toBe('—');
  });

  it('shows every row of a group with its column labels', () => {
    const f = field({ type: 'group', columns: [{ id: 'name', type: 'latinName', labelKey: 'n' }, { id: 'together', type: 'yesNo', labelKey: 't' }] });
    expect(displayRows(f, [{ name: 'AN', together: true }, { name: 'BINH', together: false }], texts('ja'))).toEqual([
      [{ label: '«n»', value: 'AN' }, { label: '«t»', value: 'はい' }],
      [{ label: '«n»', value: 'BINH' }, { label: '«t»', value: 'いいえ' }],
    ]);
  });
});
