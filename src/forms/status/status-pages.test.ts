import { describe, expect, it } from 'vitest';
import { STATUS_CODES } from '../../domain/reference/index.js';
import type { Condition, FieldDefinition } from '../types.js';
import {
  BUSINESS_MANAGER_STATUSES, DEPENDENT_STATUSES, FAMILY_STATUSES, GENERIC_ORGANIZATION_STATUSES, INDUSTRIES, N_STATUSES,
  NO_ORGANIZATION_PART_STATUSES, OCCUPATIONS, SSW_STATUSES, STATUS_PAGES, STUDENT_STATUSES, TITP_STATUSES,
} from './index.js';

const allFields = STATUS_PAGES.flatMap((page) => page.fields);
const fieldById = new Map(allFields.map((f) => [f.id, f]));
const get = (id: string): FieldDefinition => {
  const found = fieldById.get(id);
  if (!found) throw new Error(`no field ${id}`);
  return found;
};

function fieldReferences(condition: Condition | boolean | undefined): string[] {
  if (condition === undefined || typeof condition === 'boolean') return [];
  if ('all' in condition) return condition.all.flatMap(fieldReferences);
  if ('any' in condition) return condition.any.flatMap(fieldReferences);
  if ('not' in condition) return fieldReferences(condition.not);
  return 'field' in condition ? [condition.field] : [];
}

describe('status and organisation pages as data (R-FORM-6)', () => {
  it('field ids are unique across the pages, dotted, and under status.* or organization.*', () => {
    const ids = allFields.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(status|organization)(\.[a-z][A-Za-z0-9]*)+$/);
    const pageIds = STATUS_PAGES.map((p) => p.id);
    expect(new Set(pageIds).size).toBe(pageIds.length);
  });

  it('every condition refers to a field of these pages', () => {
    for (const page of STATUS_PAGES) {
      for (const reference of fieldReferences(page.condition)) expect(fieldById.has(reference), `${page.id} → ${reference}`).toBe(true);
      for (const f of page.fields) {
        for (const reference of [...fieldReferences(f.condition), ...fieldReferences(f.required)]) {
          expect(fieldById.has(reference), `${f.id} → ${reference}`).toBe(true);
        }
      }
    }
  });

  it('choices have options; groups have columns; computed fields are integers', () => {
    for (const f of allFields) {
      if (f.type === 'choice' || f.type === 'multiChoice') expect(f.options?.length, f.id).toBeGreaterThan(0);
      if (f.type === 'group') expect(f.columns?.length, f.id).toBeGreaterThan(0);
      if (f.computed) expect(f.type).toBe('integer');
    }
  });

  it('organisation pages are the organisation part and are conditioned on the filer; the others are the status part', () => {
    for (const page of STATUS_PAGES) {
      const text = JSON.stringify(page.condition);
      expect(['status', 'organization']).toContain(page.part);
      if (page.part === 'organization') expect(text).toContain('"filer"');
      expect(text).toContain('"procedure"');
    }
  });
});

describe('区分 groups (R-FORM-5)', () => {
  it('every status is in exactly one organisation-part group', () => {
    const groups = [
      [...N_STATUSES], [...BUSINESS_MANAGER_STATUSES], ['HSP_2'], [...STUDENT_STATUSES], [...SSW_STATUSES], [...TITP_STATUSES],
      [...GENERIC_ORGANIZATION_STATUSES], [...NO_ORGANIZATION_PART_STATUSES],
    ];
    for (const code of STATUS_CODES) {
      expect(groups.filter((group) => (group as string[]).includes(code)).length, code).toBe(1);
    }
  });

  it('the family statuses and permanent residence have no organisation part; the rest of the online ones have the generic block', () => {
    expect(NO_ORGANIZATION_PART_STATUSES).toEqual(expect.arrayContaining([...DEPENDENT_STATUSES, ...FAMILY_STATUSES, 'PERMANENT_RESIDENT']));
    expect(GENERIC_ORGANIZATION_STATUSES).toEqual(expect.arrayContaining(['PROFESSOR', 'MEDICAL', 'CULTURAL_ACTIVITIES', 'DESIGNATED_ACTIVITIES']));
  });
});

describe('区分N organisation part: every field of R-FORM-5 with its constraints', () => {
  it.each([
    ['status.n.contractType', 'choice'],
    ['organization.name', 'text'],
    ['organization.corporateNumber', 'corporateNumber'],
    ['organization.employmentInsuranceNumber', 'text'],
    ['organization.industry', 'choice'],
    ['organization.address', 'japaneseText'],
    ['organization.phone', 'phone'],
    ['organization.capital', 'money'],
    ['organization.annualSales', 'money'],
    ['organization.employees', 'integer'],
    ['organization.foreignEmployees', 'integer'],
    ['status.n.employmentPeriod', 'choice'],
    ['status.n.startDate', 'date'],
    ['status.n.salaryMonthly', 'money'],
    ['status.n.experienceYears', 'integer'],
    ['status.n.position', 'text'],
    ['status.n.occupation', 'choice'],
    ['status.n.activityDetails', 'textarea'],
    ['status.n.dispatch.name', 'text'],
    ['status.n.dispatch.corporateNumber', 'corporateNumber'],
    ['status.n.dispatch.address', 'japaneseText'],
    ['status.n.dispatch.periodStart', 'date'],
    ['status.n.dispatch.periodEnd', 'date'],
  ])('%s is a %s field', (id, type) => {
    expect(get(id).type).toBe(type);
  });

  it('activity details are at most 600 characters; industry offers the 47 codes; occupation the form’s list', () => {
    expect(get('status.n.activityDetails').maxLength).toBe(600);
    expect(get('organization.industry').options?.map((o) => o.value)).toEqual(INDUSTRIES.map((i) => String(i.code)));
    expect(get('status.n.occupation').options?.map((o) => o.value)).toEqual(OCCUPATIONS.map((o) => String(o.code)));
  });
});

describe('code lists transcribed from the forms (R-FORM-5)', () => {
  it('業種一覧 has the 47 codes 1–47 in order, each with a Japanese and an English name', () => {
    expect(INDUSTRIES.map((i) => i.code)).toEqual(Array.from({ length: 47 }, (_, index) => index + 1));
    for (const industry of INDUSTRIES) {
      expect(industry.ja.trim()).not.toBe('');
      expect(industry.en.trim()).not.toBe('');
    }
    expect(new Set(INDUSTRIES.map((i) => `${i.group?.ja ?? ''}${i.ja}`)).size).toBe(47);
  });

  it('職種一覧 has unique ascending codes 1–112 (no 85) with Japanese and English names', () => {
    const codes = OCCUPATIONS.map((o) => o.code);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes[0]).toBe(1);
    expect(codes.at(-1)).toBe(112);
    expect(codes).not.toContain(85);
    expect(codes).toHaveLength(111);
    for (const occupation of OCCUPATIONS) expect(occupation.ja && occupation.en).toBeTruthy();
    expect(new Set(OCCUPATIONS.map((o) => o.ja)).size).toBe(OCCUPATIONS.length);
  });
});
