import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../forms/types.js';
import { buildFormModel, pageOfPath, problemsPerPage } from './form-model.js';
import type { ApplicationView } from './view-types.js';

const organisation: ApplicationView['filer'] = { type: 'ORG_ACCEPTING', hasMyNumberCard: null, relationship: null };
const relative: ApplicationView['filer'] = { type: 'RELATIVE', hasMyNumberCard: true, relationship: 'MOTHER' };
const now = new Date('2026-11-23T01:00:00Z');

const extension: Answers = {
  'step1.procedures': ['EXTENSION', 'REENTRY'],
  'step1.currentStatus': 'ENGINEER_HUMANITIES_INTL',
  'step1.periodOfStayExpiry': '2027-01-31',
  'step1.applicantDateOfBirth': '1990-04-01',
  'step1.relationToOrganization': 'ACCEPTED',
};

describe('R-FORM-6 the browser walks the same form with the same engine as the server', () => {
  it('until Step 1 is complete only Step 1 is on the path, and the eligibility answer waits', () => {
    const model = buildFormModel({ 'step1.procedures': ['EXTENSION'] }, organisation, null, now);
    expect(model.isStepOneComplete).toBe(false);
    expect(model.pages.map((p) => p.page.id)).toEqual(['step1']);
    expect(model.eligibility).toBeUndefined();
  });

  it('an organisation’s extension with re-entry opens the applicant’s, the organisation’s and the re-entry pages, and may be filed', () => {
    const model = buildFormModel(extension, organisation, null, now);
    expect(model.isStepOneComplete).toBe(true);
    const parts = new Set(model.pages.map((p) => p.page.part));
    expect(parts).toEqual(new Set(['step1', 'applicant', 'status', 'organization', 'reentry']));
    expect(model.eligibility).toMatchObject({ allowed: true });
    // Every field of a page on the path is one of that page's fields, and each is found back by its id.
    for (const { page, fields } of model.pages) for (const field of fields) expect(pageOfPath(model, field.id)).toBe(page.id);
  });

  it('R-ELIG-1 a relative asking for a work certificate is refused live, with the reason', () => {
    const answers: Answers = {
      'step1.procedures': ['WORK_CERT'], 'step1.currentStatus': 'ENGINEER_HUMANITIES_INTL', 'step1.periodOfStayExpiry': '2027-06-30',
      'step1.applicantDateOfBirth': '2015-04-01', 'step1.relationship': 'MOTHER', 'step1.livesInJapan': true, 'step1.unableToApplyPersonally': false,
    };
    const model = buildFormModel(answers, relative, null, now);
    expect(model.eligibility?.allowed).toBe(false);
    expect(model.eligibility?.reasons.map((r) => r.code)).toContain('RELATIVE_NOT_ALLOWED_FOR_PROCEDURE');
  });

  it('submission errors are counted per page, group cells on the page of their group', () => {
    const model = buildFormModel(extension, organisation, null, now);
    expect(model.errors.length).toBeGreaterThan(0);
    const group = model.pages.flatMap((p) => p.fields).find((f) => f.type === 'group');
    expect(group).toBeDefined();
    const cell = `${group?.id ?? ''}[1].name`;
    const counts = problemsPerPage(model, [{ path: cell, message: { ja: 'x', en: 'x' } }, { path: cell, message: { ja: 'y', en: 'y' } }]);
    expect([...counts.values()]).toEqual([2]);
    expect([...counts.keys()]).toEqual([pageOfPath(model, group?.id ?? '')]);
  });
});
