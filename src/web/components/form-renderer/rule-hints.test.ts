import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../forms/types.js';
import { ruleHints } from './rule-hints.js';

const field = (over: Partial<FieldDefinition>): FieldDefinition => ({ id: 'x', type: 'text', labelKey: 'x.label', ...over });

describe('R-FORM-4 the input rule stated beside each field', () => {
  it.each<[string, Partial<FieldDefinition>, unknown[]]>([
    ['a Japanese address says half-width is converted', { type: 'japaneseText' }, [{ key: 'japaneseText' }]],
    ['a phone number says digits only, hyphens removed', { type: 'phone' }, [{ key: 'phone' }]],
    ['a length limit is stated', { type: 'textarea', maxLength: 600 }, [{ key: 'maxLength', max: 600 }]],
    ['a range is stated', { type: 'integer', min: 0, max: 99 }, [{ key: 'integer' }, { key: 'range', min: 0, max: 99 }]],
    ['a group says how many rows', { type: 'group', maxRows: 6 }, [{ key: 'group' }, { key: 'maxRows', max: 6 }]],
    ['a field with its own hint keeps the limit but not the repeated type rule', { type: 'latinName', hintKey: 'h', maxLength: 104 }, []],
    ['a field with its own hint still states its length', { type: 'text', hintKey: 'h', maxLength: 52 }, [{ key: 'maxLength', max: 52 }]],
    ['a computed field has nothing to fill in', { type: 'date', computed: true }, []],
  ])('%s', (_name, over, expected) => {
    expect(ruleHints(field(over))).toEqual(expected);
  });
});
