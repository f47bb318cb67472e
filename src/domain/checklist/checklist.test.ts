import { describe, expect, it } from 'vitest';
import { FILER_TYPES, type FilerType } from '../eligibility/codes.js';
import { MAIN_PROCEDURE_CODES, STATUS_CODES, type ProcedureCode, type StatusCode } from '../reference/index.js';
import {
  DOCUMENT_CODES, DOCUMENT_NAMES, STATUS_TABLES, buildChecklist, missingRequired, tableFor, withReceived,
  type ChecklistInput, type OrganizationCategory,
} from './index.js';

const ORG: FilerType = 'ORG_ACCEPTING';
const build = (over: Partial<ChecklistInput> & Pick<ChecklistInput, 'procedures' | 'status'>) =>
  buildChecklist({ filerType: ORG, organizationCategory: 1, ...over });
const summary = (input: Parameters<typeof build>[0]) => build(input).map((i) => `${i.code}:${i.requirement === 'REQUIRED' ? 'R' : 'O'}`);
const CATEGORIES: (OrganizationCategory | null)[] = [null, 1, 2, 3, 4];

describe('R-ATT-3 every generated checklist is well formed', () => {
  const combos = STATUS_CODES.flatMap((status) => MAIN_PROCEDURE_CODES.map((main) => [status, main] as const));

  it.each(combos)('%s × %s, every filer and category', (status, main) => {
    for (const filerType of FILER_TYPES) {
      for (const organizationCategory of CATEGORIES) {
        const items = buildChecklist({ procedures: [main], status, filerType, organizationCategory });
        expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
        expect(items.at(-1)).toMatchObject({ code: 'OTHER', requirement: 'OPTIONAL' });
        for (const item of items) {
          expect(item.name).toEqual(DOCUMENT_NAMES[item.code]);
          expect(item.source.url).toMatch(/^https:\/\/www\.moj\.go\.jp\/isa\/applications\//);
          expect(item.source.titleJa).not.toBe('');
        }
      }
    }
  });

  it('the face photo has its own slot and is never a checklist item (R-ATT-1)', () => {
    expect(DOCUMENT_CODES.filter((c) => c.includes('PHOTO'))).toEqual([]);
    for (const code of DOCUMENT_CODES) expect(DOCUMENT_NAMES[code].ja).not.toMatch(/顔写真|写真（縦/);
  });

  it('every document has a Japanese and an English name', () => {
    for (const code of DOCUMENT_CODES) {
      expect(DOCUMENT_NAMES[code].ja).not.toBe('');
      expect(DOCUMENT_NAMES[code].en).not.toBe('');
    }
  });
});

describe('R-ATT-3 every row of every transcribed table appears where it applies', () => {
  const rows = STATUS_TABLES.flatMap((table) => table.statuses.flatMap((status) => table.rules.flatMap((rule) =>
    rule.procedures.map((procedure) => [status, procedure, rule] as const))));

  it.each(rows)('%s %s %o', (status, procedure, rule) => {
    const answers = rule.when ? { [rule.when.field]: rule.when.in[0] } : {};
    for (const category of [1, 2, 3, 4] as const) {
      const items = build({ procedures: [procedure], status, organizationCategory: category, answers });
      const item = items.find((i) => i.code === rule.code);
      const applies = !rule.categories || rule.categories.includes(category);
      if (applies) {
        expect(item, `category ${category}`).toBeDefined();
        if (rule.requirement === 'REQUIRED') expect(item?.requirement).toBe('REQUIRED');
      }
      const others = tableFor(status).rules.filter((r) => r !== rule && r.code === rule.code && r.procedures.includes(procedure));
      if (!applies && others.length === 0 && !['PASSPORT_COPY', 'RESIDENCE_CARD_COPY'].includes(rule.code)) expect(item).toBeUndefined();
    }
  });

  it('statuses in more than one table would be ambiguous: none is', () => {
    const all = STATUS_TABLES.flatMap((t) => t.statuses);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('R-ATT-3 procedure × status × category: worked examples', () => {
  it('技術・人文知識・国際業務, extension, category 1, dispatch not answered yet', () => {
    expect(summary({ procedures: ['EXTENSION'], status: 'ENGINEER_HUMANITIES_INTL' }))
      .toEqual(['PASSPORT_COPY:R', 'RESIDENCE_CARD_COPY:R', 'CATEGORY_PROOF:R', 'DISPATCH_DETAILS:O', 'OTHER:O']);
  });

  it('the dispatch answer decides the dispatch documents', () => {
    const dispatched = (answer: boolean) => build({ procedures: ['EXTENSION'], status: 'ENGINEER_HUMANITIES_INTL', answers: { 'status.n.dispatch.isDispatched': answer } });
    expect(dispatched(true).find((i) => i.code === 'DISPATCH_DETAILS')?.requirement).toBe('REQUIRED');
    expect(dispatched(false).find((i) => i.code === 'DISPATCH_DETAILS')).toBeUndefined();
  });

  it('技術・人文知識・国際業務, COE, category 4: the organisation proves itself', () => {
    expect(summary({ procedures: ['COE'], status: 'ENGINEER_HUMANITIES_INTL', organizationCategory: 4, answers: { 'status.n.dispatch.isDispatched': false } })).toEqual([
      'SPECIALIST_TITLE_PROOF:O', 'EMPLOYMENT_TERMS:R', 'CV_AND_CREDENTIALS:R', 'COMMERCIAL_REGISTRY:R', 'BUSINESS_OVERVIEW:R',
      'FINANCIAL_STATEMENTS:R', 'WITHHOLDING_REPORT_UNAVAILABLE:R', 'OTHER:O',
    ]);
  });

  it('技術・人文知識・国際業務, extension, category 3 adds the resident tax', () => {
    expect(summary({ procedures: ['EXTENSION'], status: 'ENGINEER_HUMANITIES_INTL', organizationCategory: 3, answers: { 'status.n.dispatch.isDispatched': false } }))
      .toEqual(['PASSPORT_COPY:R', 'RESIDENCE_CARD_COPY:R', 'CATEGORY_PROOF:R', 'RESIDENT_TAX_CERTIFICATES:R', 'OTHER:O']);
  });

  it('an unknown category makes the category items optional and says which categories need them', () => {
    const items = build({ procedures: ['CHANGE'], status: 'SKILLED_LABOR', organizationCategory: null, filerType: 'LAWYER_SCRIVENER' });
    const registry = items.find((i) => i.code === 'COMMERCIAL_REGISTRY');
    expect(registry?.requirement).toBe('OPTIONAL');
    expect(registry?.note?.ja).toContain('カテゴリー3・4');
    expect(registry?.note?.en).toContain('category 3 or 4');
    expect(items.filter((i) => i.requirement === 'REQUIRED').map((i) => i.code)).toEqual(['PASSPORT_COPY', 'RESIDENCE_CARD_COPY']);
  });

  it('日本人の配偶者等: the relationship answer picks the spouse or the child documents', () => {
    const forRelationship = (relationship?: string) => summary({
      procedures: ['CHANGE'], status: 'SPOUSE_OF_JAPANESE', filerType: 'LAWYER_SCRIVENER',
      ...(relationship ? { answers: { 'status.family.relationship': relationship } } : {}),
    });
    const common = ['PASSPORT_COPY:R', 'RESIDENCE_CARD_COPY:R', 'JAPANESE_FAMILY_REGISTER:R'];
    const sponsor = ['SPONSOR_TAX_CERTIFICATES:R', 'LETTER_OF_GUARANTEE:R', 'HOUSEHOLD_RESIDENT_RECORD:R', 'OTHER:O'];
    expect(forRelationship('SPOUSE')).toEqual([...common, 'FOREIGN_MARRIAGE_CERTIFICATE:R', 'SPOUSE_QUESTIONNAIRE:R', 'COUPLE_SNAPSHOTS:R', ...sponsor]);
    expect(forRelationship('CHILD')).toEqual([...common, 'BIRTH_OR_ADOPTION_PROOF:R', ...sponsor]);
    expect(forRelationship()).toEqual([
      ...common, 'FOREIGN_MARRIAGE_CERTIFICATE:O', 'BIRTH_OR_ADOPTION_PROOF:O', 'SPOUSE_QUESTIONNAIRE:O', 'COUPLE_SNAPSHOTS:O', ...sponsor,
    ]);
  });

  it.each([
    ['STUDENT', 'EXTENSION', ['PASSPORT_COPY:R', 'RESIDENCE_CARD_COPY:R', 'STUDENT_FINANCIAL_SUPPORT:O', 'ACADEMIC_RECORD:R', 'OTHER:O']],
    ['DEPENDENT', 'COE', ['RELATIONSHIP_PROOF:R', 'SUPPORTER_RESIDENCE_CARD:R', 'SUPPORTER_INCOME_PROOF:R', 'OTHER:O']],
    ['SSW_1', 'CHANGE', ['PASSPORT_COPY:R', 'RESIDENCE_CARD_COPY:R', 'SSW_SKILL_PROOF:R', 'SSW_JAPANESE_PROOF:O', 'SSW_SUPPORT_PLAN:R', 'SSW_EMPLOYMENT_CONTRACT:R', 'HEALTH_CHECK_RECORD:R', 'OTHER:O']],
    ['SSW_2', 'COE', ['SSW_SKILL_PROOF:R', 'SSW_EMPLOYMENT_CONTRACT:R', 'HEALTH_CHECK_RECORD:R', 'OTHER:O']],
    ['TITP_2', 'CHANGE', ['PASSPORT_COPY:R', 'RESIDENCE_CARD_COPY:R', 'TITP_PLAN_APPROVAL:R', 'OTHER:O']],
    ['HSP_2', 'CHANGE', ['PASSPORT_COPY:R', 'RESIDENCE_CARD_COPY:R', 'HSP_POINT_EVIDENCE:R', 'CATEGORY_PROOF:R', 'RESIDENT_TAX_CERTIFICATES:R', 'OTHER:O']],
    ['NURSING_CARE', 'COE', ['CARE_WORKER_REGISTRATION:R', 'EMPLOYMENT_TERMS:R', 'BUSINESS_OVERVIEW:R', 'DISPATCH_DETAILS:O', 'OTHER:O']],
    ['PROFESSOR', 'COE', ['ACTIVITY_PROOF:R', 'OTHER:O']],
    ['DESIGNATED_ACTIVITIES', 'EXTENSION', ['PASSPORT_COPY:R', 'RESIDENCE_CARD_COPY:R', 'ACTIVITY_CONTINUATION_PROOF:R', 'RESIDENT_TAX_CERTIFICATES:O', 'OTHER:O']],
  ] as const)('%s × %s (organisation staff, category 1)', (status, main, expected) => {
    expect(summary({ procedures: [main], status })).toEqual(expected);
  });

  it('acquisition and work certificate have their own lists whatever the status', () => {
    expect(summary({ procedures: ['ACQUISITION'], status: 'DEPENDENT' })).toEqual(['PASSPORT_COPY:O', 'ACQUISITION_EVENT_PROOF:R', 'OTHER:O']);
    expect(summary({ procedures: ['WORK_CERT'], status: 'ENGINEER_HUMANITIES_INTL' }))
      .toEqual(['PASSPORT_COPY:R', 'RESIDENCE_CARD_COPY:R', 'WORK_CERT_ACTIVITY_PROOF:R', 'PREVIOUS_EMPLOYMENT_PROOF:O', 'OTHER:O']);
  });
});

describe('R-ATT-3 re-entry and outside activity add their items', () => {
  it('re-entry needs the passport, even with an acquisition (the permission is stamped in it)', () => {
    const items = build({ procedures: ['ACQUISITION', 'REENTRY'], status: 'DEPENDENT' });
    expect(items.find((i) => i.code === 'PASSPORT_COPY')).toMatchObject({ requirement: 'REQUIRED', source: { titleJa: '再入国許可申請' } });
    expect(summary({ procedures: ['EXTENSION', 'REENTRY'], status: 'ENGINEER_HUMANITIES_INTL' }))
      .toEqual(summary({ procedures: ['EXTENSION'], status: 'ENGINEER_HUMANITIES_INTL' }));
  });

  it.each([
    ['STUDENT', 'OPTIONAL'], ['DEPENDENT', 'OPTIONAL'], ['ENGINEER_HUMANITIES_INTL', 'REQUIRED'], ['SPOUSE_OF_JAPANESE', 'REQUIRED'],
  ] as const)('outside activity with %s: the activity documents are %s', (status, requirement) => {
    const item = build({ procedures: ['EXTENSION', 'OUTSIDE_ACTIVITY'], status }).find((i) => i.code === 'OUTSIDE_ACTIVITY_DETAILS');
    expect(item).toMatchObject({ requirement, source: { titleJa: '資格外活動許可について' } });
  });
});

describe('R-ELIG-8 the filer decides whether the organisation part is attached', () => {
  // Seed 002 Q5, written out: the statuses whose organisation part a foreign national attaches.
  const Q5: StatusCode[] = [
    'PROFESSOR', 'ARTIST', 'RELIGIOUS_ACTIVITIES', 'JOURNALIST', 'HSP_1A', 'HSP_1B', 'HSP_1C', 'HSP_2', 'BUSINESS_MANAGER',
    'LEGAL_ACCOUNTING', 'MEDICAL', 'RESEARCHER', 'INSTRUCTOR', 'ENGINEER_HUMANITIES_INTL', 'INTRA_COMPANY_TRANSFEREE',
    'NURSING_CARE', 'ENTERTAINER', 'SKILLED_LABOR', 'SSW_1', 'SSW_2', 'TITP_1', 'TITP_2', 'TITP_3', 'CULTURAL_ACTIVITIES',
    'STUDENT', 'TRAINEE', 'DEPENDENT',
  ];
  const cases = FILER_TYPES.flatMap((filerType) => MAIN_PROCEDURE_CODES.map((main) => [filerType, main] as const));

  it.each(cases)('%s filing %s', (filerType, main) => {
    for (const status of STATUS_CODES) {
      const items = buildChecklist({ procedures: [main as ProcedureCode], status, filerType, organizationCategory: null });
      const expected = ['FOREIGN_NATIONAL', 'LEGAL_REPRESENTATIVE', 'RELATIVE'].includes(filerType)
        && ['COE', 'CHANGE', 'EXTENSION'].includes(main) && Q5.includes(status);
      const item = items.find((i) => i.code === 'ORGANIZATION_PART_FORM');
      expect(item !== undefined, status).toBe(expected);
      if (item) expect(item.requirement).toBe('REQUIRED');
    }
  });
});

describe('R-ATT-3 received items and what blocks submission', () => {
  const items = build({ procedures: ['EXTENSION'], status: 'ENGINEER_HUMANITIES_INTL', organizationCategory: 3, answers: { 'status.n.dispatch.isDispatched': false } });

  it('marks received items by code and names every missing required one', () => {
    const received = withReceived(items, ['PASSPORT_COPY', 'OTHER', 'NOT_A_CODE']);
    expect(received.filter((i) => i.received).map((i) => i.code)).toEqual(['PASSPORT_COPY', 'OTHER']);
    expect(missingRequired(received).map((i) => i.code)).toEqual(['RESIDENCE_CARD_COPY', 'CATEGORY_PROOF', 'RESIDENT_TAX_CERTIFICATES']);
    expect(missingRequired(received).every((i) => i.name.ja !== '' && i.name.en !== '')).toBe(true);
  });

  it('nothing is missing once every required item is received; optional ones never block', () => {
    const required = items.filter((i) => i.requirement === 'REQUIRED').map((i) => i.code);
    expect(missingRequired(withReceived(items, required))).toEqual([]);
  });
});
