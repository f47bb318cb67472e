import { describe, expect, it } from 'vitest';
import { evaluateCondition, fieldsOnPath, pagesOnPath, pruneAnswers, validateAnswers } from './engine.js';
import type { Answers, Condition, FormContext, FormDefinition } from './types.js';

const context: FormContext = { filerType: 'ORG_ACCEPTING', procedures: ['EXTENSION', 'REENTRY'], currentStatus: 'ENGINEER_HUMANITIES_INTL', desiredStatus: 'ENGINEER_HUMANITIES_INTL' };

const messages = {
  ja: { name: '氏名', phone: '電話番号', pet: 'ペットの名前', rel: '在日親族', relName: '氏名', relBirth: '生年月日', dest: '渡航先', total: '合計', age: '年齢', hasPet: 'ペットの有無' },
  en: { name: 'Name', phone: 'Telephone number', pet: 'Name of the pet', rel: 'Relatives in Japan', relName: 'Name', relBirth: 'Date of birth', dest: 'Destination', total: 'Total', age: 'Age', hasPet: 'Has a pet' },
};

const form: FormDefinition = {
  id: 'test', version: 1, messages,
  pages: [
    { id: 'start', titleKey: 'start', part: 'step1', fields: [{ id: 'step1.kind', type: 'choice', labelKey: 'kind', options: [{ value: 'A', labelKey: 'a' }, { value: 'B', labelKey: 'b' }] }] },
    {
      id: 'person', titleKey: 'person', part: 'applicant',
      fields: [
        { id: 'p.name', type: 'latinName', labelKey: 'name', required: true },
        { id: 'p.phone', type: 'phone', labelKey: 'phone', required: { filer: ['ORG_ACCEPTING'] } },
        { id: 'p.hasPet', type: 'yesNo', labelKey: 'hasPet' },
        { id: 'p.pet', type: 'text', labelKey: 'pet', required: true, condition: { field: 'p.hasPet', equals: true } },
        { id: 'p.age', type: 'integer', labelKey: 'age', min: 0, max: 150 },
        {
          id: 'p.relatives', type: 'group', labelKey: 'rel', maxRows: 2, required: true,
          columns: [{ id: 'name', type: 'latinName', labelKey: 'relName', required: true }, { id: 'dateOfBirth', type: 'date', labelKey: 'relBirth' }],
        },
        { id: 'p.total', type: 'integer', labelKey: 'total', computed: true },
      ],
    },
    { id: 'travel', titleKey: 'travel', part: 'reentry', condition: { procedure: ['REENTRY'] }, fields: [{ id: 'r.dest', type: 'country', labelKey: 'dest', required: true }] },
    { id: 'coeOnly', titleKey: 'coe', part: 'applicant', condition: { procedure: ['COE'] }, fields: [{ id: 'c.port', type: 'text', labelKey: 'port', required: true }] },
    { id: 'b', titleKey: 'b', part: 'status', condition: { field: 'step1.kind', equals: 'B' }, fields: [{ id: 'b.x', type: 'yesNo', labelKey: 'bx' }] },
    // A condition on an answer of a page that may be off the path.
    { id: 'bFollow', titleKey: 'bf', part: 'status', condition: { field: 'b.x', equals: true }, fields: [{ id: 'b.y', type: 'text', labelKey: 'by' }] },
  ],
  compute: (answers) => ({ 'p.total': typeof answers['p.age'] === 'number' ? answers['p.age'] * 2 : null, 'not.a.field': 1 }),
};

const complete: Answers = { 'step1.kind': 'A', 'p.name': 'smith john', 'p.phone': '03-1234-5678', 'p.relatives': [{ name: 'smith jane' }], 'r.dest': 'USA' };

describe('conditions (R-FORM-6)', () => {
  const answers: Answers = { kind: 'A', procedures: ['EXTENSION', 'REENTRY'], flag: false, blank: '' };
  it.each<[string, Condition, boolean]>([
    ['equals on a scalar', { field: 'kind', equals: 'A' }, true],
    ['equals on a scalar (other value)', { field: 'kind', equals: 'B' }, false],
    ['equals false is an answer', { field: 'flag', equals: false }, true],
    ['equals on a list: contains', { field: 'procedures', equals: 'REENTRY' }, true],
    ['equals on a list: does not contain', { field: 'procedures', equals: 'COE' }, false],
    ['in on a scalar', { field: 'kind', in: ['B', 'A'] }, true],
    ['in on a list: any element', { field: 'procedures', in: ['COE', 'EXTENSION'] }, true],
    ['in on a list: none', { field: 'procedures', in: ['COE', 'CHANGE'] }, false],
    ['isAnswered true', { field: 'kind', isAnswered: true }, true],
    ['blank text is not answered', { field: 'blank', isAnswered: false }, true],
    ['a missing answer is not answered', { field: 'missing', isAnswered: false }, true],
    ['equals on a missing answer', { field: 'missing', equals: null }, false],
    ['procedure: any filed', { procedure: ['COE', 'REENTRY'] }, true],
    ['procedure: none filed', { procedure: ['COE'] }, false],
    ['filer', { filer: ['ORG_ACCEPTING', 'ORG_SUPPORT'] }, true],
    ['filer (other)', { filer: ['FOREIGN_NATIONAL'] }, false],
    ['status in question', { status: ['ENGINEER_HUMANITIES_INTL'] }, true],
    ['status in question (other)', { status: ['STUDENT'] }, false],
    ['all', { all: [{ field: 'kind', equals: 'A' }, { filer: ['ORG_ACCEPTING'] }] }, true],
    ['all (one fails)', { all: [{ field: 'kind', equals: 'A' }, { filer: ['RELATIVE'] }] }, false],
    ['any', { any: [{ field: 'kind', equals: 'B' }, { procedure: ['EXTENSION'] }] }, true],
    ['not', { not: { field: 'kind', equals: 'A' } }, false],
  ])('%s', (_name, condition, expected) => {
    expect(evaluateCondition(condition, answers, context)).toBe(expected);
  });

  it('the status condition is false while no status is known', () => {
    expect(evaluateCondition({ status: ['STUDENT'] }, {}, { ...context, desiredStatus: null })).toBe(false);
  });
});

describe('pages and fields on the path (R-FORM-6)', () => {
  it('pages follow procedures and answers', () => {
    expect(pagesOnPath(form, complete, context).map((p) => p.id)).toEqual(['start', 'person', 'travel']);
    expect(pagesOnPath(form, { ...complete, 'step1.kind': 'B', 'b.x': true }, context).map((p) => p.id)).toEqual(['start', 'person', 'travel', 'b', 'bFollow']);
    expect(pagesOnPath(form, complete, { ...context, procedures: ['COE'] }).map((p) => p.id)).toEqual(['start', 'person', 'coeOnly']);
  });

  it('until Step 1 names a procedure, only Step 1 is on the path', () => {
    expect(pagesOnPath(form, complete, { ...context, procedures: [] }).map((p) => p.id)).toEqual(['start']);
  });

  it('a stale answer on a page off the path does not open the pages that depend on it', () => {
    expect(pagesOnPath(form, { ...complete, 'step1.kind': 'A', 'b.x': true }, context).map((p) => p.id)).not.toContain('bFollow');
  });

  it('fields follow their own conditions, on the normalised answers', () => {
    expect(fieldsOnPath(form, { ...complete, 'p.hasPet': 'はい' }, context).map((f) => f.id)).toContain('p.pet');
    expect(fieldsOnPath(form, { ...complete, 'p.hasPet': false }, context).map((f) => f.id)).not.toContain('p.pet');
  });
});

describe('pruning (R-FORM-6: only the answers on the path are kept)', () => {
  it('drops answers off the path, blank answers and unknown ids; adds computed answers on the path', () => {
    const answers: Answers = { ...complete, 'c.port': 'NARITA', 'p.pet': 'TAMA', 'p.hasPet': false, 'b.x': true, 'b.y': 'x', 'p.age': '30', 'p.phone': ' ', unknown: 'x' };
    expect(pruneAnswers(form, answers, context)).toEqual({
      'step1.kind': 'A', 'p.name': 'SMITH JOHN', 'p.hasPet': false, 'p.age': 30, 'p.total': 60, 'p.relatives': [{ name: 'SMITH JANE' }], 'r.dest': 'USA',
    });
  });

  it('a computed answer given by the user is replaced by the computed one', () => {
    expect(pruneAnswers(form, { ...complete, 'p.age': 2, 'p.total': 99 }, context)['p.total']).toBe(4);
  });
});

describe('validation in draft and submit modes (R-FORM-4, R-FORM-6)', () => {
  it('a complete application has no errors in either mode and its answers come back normalised and pruned', () => {
    for (const mode of ['draft', 'submit'] as const) {
      const outcome = validateAnswers(form, complete, context, mode);
      expect(outcome.errors).toEqual([]);
      expect(outcome.answers).toMatchObject({ 'p.name': 'SMITH JOHN', 'p.phone': '0312345678' });
    }
  });

  it('draft mode reports malformed values only, never a missing answer', () => {
    const { errors } = validateAnswers(form, { 'step1.kind': 'A', 'p.phone': '03-1234-5678-9999' }, context, 'draft');
    expect(errors.map((e) => e.path)).toEqual(['p.phone']);
  });

  it('submit mode also reports every missing required field on the path, and nothing off it', () => {
    const { errors } = validateAnswers(form, { 'step1.kind': 'A', 'p.hasPet': true }, context, 'submit');
    expect(errors.map((e) => e.path)).toEqual(['p.name', 'p.phone', 'p.pet', 'p.relatives', 'r.dest']);
    expect(errors.map((e) => e.path)).not.toContain('c.port');
  });

  it('a conditional requirement follows the context', () => {
    const { errors } = validateAnswers(form, { ...complete, 'p.phone': null }, { ...context, filerType: 'FOREIGN_NATIONAL' }, 'submit');
    expect(errors).toEqual([]);
  });

  it('every message names the field by its label and says the fix, in Japanese and English', () => {
    const { errors } = validateAnswers(form, { ...complete, 'p.name': '山田', 'p.age': 200 }, context, 'submit');
    expect(errors).toEqual([
      { path: 'p.name', message: { ja: '「氏名」はパスポートのとおり、ローマ字（A～Z）を空白で区切って入力してください（例: SMITH JOHN）。', en: 'Name: enter it as in the passport, in Latin letters A–Z separated by spaces (e.g. SMITH JOHN).' } },
      { path: 'p.age', message: { ja: '「年齢」は0以上150以下の数を入力してください。', en: 'Age: enter a number from 0 to 150.' } },
    ]);
    const missing = validateAnswers(form, { ...complete, 'r.dest': null }, context, 'submit').errors;
    expect(missing).toEqual([{ path: 'r.dest', message: { ja: '「渡航先」を選択してください（必須項目です）。', en: 'Destination: this is required. Choose an answer.' } }]);
  });

  it('a label missing from the messages falls back to its key', () => {
    const { errors } = validateAnswers({ ...form, messages: undefined }, { ...complete, 'p.age': -1 }, context, 'draft');
    expect(errors[0]?.message.en).toBe('age: enter a number from 0 to 150.');
  });
});

describe('group rows (R-FORM-2 relatives table, R-FORM-6)', () => {
  it('cells are checked row by row; paths are group[row].column and messages name the row', () => {
    const { errors } = validateAnswers(form, { ...complete, 'p.relatives': [{ name: 'LEE MIN', dateOfBirth: '2010-02-30' }, { dateOfBirth: '2012-01-01' }] }, context, 'submit');
    expect(errors).toEqual([
      { path: 'p.relatives[0].dateOfBirth', message: { ja: '「在日親族（1行目）の生年月日」は実在する日付を YYYY-MM-DD の形式で入力してください（例: 2026-04-01）。', en: 'Date of birth (row 1 of Relatives in Japan): enter a real date as YYYY-MM-DD (e.g. 2026-04-01).' } },
      { path: 'p.relatives[1].name', message: { ja: '「在日親族（2行目）の氏名」を入力してください（必須項目です）。', en: 'Name (row 2 of Relatives in Japan): this is required. Enter it.' } },
    ]);
  });

  it('draft mode does not ask for missing cells', () => {
    expect(validateAnswers(form, { ...complete, 'p.relatives': [{ dateOfBirth: '2012-01-01' }] }, context, 'draft').errors).toEqual([]);
  });

  it('wholly blank rows are dropped; error paths keep the row as entered', () => {
    const outcome = validateAnswers(form, { ...complete, 'p.relatives': [{ name: '' }, { name: '金' }] }, context, 'submit');
    expect(outcome.errors.map((e) => e.path)).toEqual(['p.relatives[1].name']);
    expect(outcome.answers['p.relatives']).toEqual([{ name: '金' }]);
  });

  it('only blank rows count as no rows: required in submit mode', () => {
    const outcome = validateAnswers(form, { ...complete, 'p.relatives': [{ name: ' ' }] }, context, 'submit');
    expect(outcome.errors.map((e) => e.path)).toEqual(['p.relatives']);
    expect(outcome.answers).not.toHaveProperty('p.relatives');
  });

  it('more rows than maxRows is an error naming the limit, in both modes', () => {
    const rows = [{ name: 'A' }, { name: 'B' }, { name: 'C' }];
    for (const mode of ['draft', 'submit'] as const) {
      expect(validateAnswers(form, { ...complete, 'p.relatives': rows }, context, mode).errors).toEqual([
        { path: 'p.relatives', message: { ja: '「在日親族」は2行までです。2行を超える分を削除してください。', en: 'Relatives in Japan: at most 2 rows. Remove the rows beyond 2.' } },
      ]);
    }
  });

  it('a group that is not a list of rows is malformed', () => {
    expect(validateAnswers(form, { ...complete, 'p.relatives': 'LEE' }, context, 'draft').errors.map((e) => e.path)).toEqual(['p.relatives']);
  });
});
