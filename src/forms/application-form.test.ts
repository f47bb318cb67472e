import { describe, expect, it } from 'vitest';
import type { FilerType } from '../domain/eligibility/index.js';
import { APPLICATION_FORM, contextFromAnswers } from './application-form.js';
import { fieldsOnPath, isFieldRequired, pagesOnPath, validateAnswers } from './engine.js';
import { APPLICANT_ITEMS } from './pages/applicant-fields.js';
import { COUNTRIES } from './pages/countries.js';
import type { AnswerValue, Answers, FieldDefinition, FormContext } from './types.js';

/** A valid answer for a field, by its type (the first option of a choice). */
function sample(field: FieldDefinition): AnswerValue {
  const first = field.options?.[0]?.value ?? '';
  switch (field.type) {
    case 'text': case 'textarea': return 'テスト';
    case 'japaneseText': return '東京都千代田区霞が関１－１－１';
    case 'latinName': return 'NGUYEN VAN AN';
    case 'date': return field.id.endsWith('To') || field.id.endsWith('returnDate') ? '2027-03-31' : '2026-12-01';
    case 'partialDate': return '2020-03';
    case 'yesNo': return true;
    case 'choice': return first;
    case 'country': return field.options?.[0]?.value ?? 'VNM';
    case 'multiChoice': return [first];
    case 'status': return 'ENGINEER_HUMANITIES_INTL';
    case 'phone': return '0312345678';
    case 'postalCode': return '1000013';
    case 'email': return 'an@example.jp';
    case 'integer': return Math.max(field.min ?? 1, Math.min(field.max ?? 10, 10));
    case 'money': return 3_000_000;
    case 'corporateNumber': return '7000012050002';
    case 'passportNumber': return 'C1234567';
    case 'residenceCardNumber': return 'AB12345678CD';
    case 'group': return [Object.fromEntries((field.columns ?? []).map((c) => [c.id, sample(c)]))] as AnswerValue;
  }
}

/** Values the type alone cannot make valid: the status part's insurance number format; one of the two phones. */
const TYPED: Answers = { 'organization.employmentInsuranceNumber': '1234-567890-1', 'applicant.phone': '03-1234-5678' };

/** Answers every required field on the path, as the path opens up, without touching the given answers. */
function fillPath(base: Answers, context: FormContext, overrides: Answers = {}): Answers {
  let answers: Answers = { ...TYPED, ...base };
  for (let pass = 0; pass < 10; pass += 1) {
    const missing = fieldsOnPath(APPLICATION_FORM, answers, context).filter((f) => !f.computed && !(f.id in answers) && isFieldRequired(f, answers, context));
    if (missing.length === 0) break;
    answers = { ...answers, ...Object.fromEntries(missing.map((f) => [f.id, sample(f)])), ...overrides };
  }
  return answers;
}

/** Answers that belong to other paths: each must be dropped where its page or field is not on the path. */
const STRAY: Answers = {
  'coe.entryDate': '2027-01-01', 'coe.portOfEntry': 'NARITA', 'applicant.residenceCardNumber': 'AB12345678CD', 'applicant.periodOfStay': '1年',
  'acquisition.event': 'BIRTH', 'workCert.purpose': '提出のため', 'reentry.purpose': 'SIGHTSEEING', 'outsideActivity.weeklyHours': 28,
  'step1.relationship': 'SPOUSE', 'step1.livesInJapan': true, 'step1.relationToOrganization': 'ACCEPTED', 'step1.acquisitionEventDate': '2026-11-01',
  'applicant.criminalRecordDetails': '罰金', 'status.n.contractType': 'EMPLOYMENT', 'organization.name': '株式会社テスト',
};

interface Scenario {
  name: string;
  filer: FilerType;
  step1: Answers;
  pages: string[];
  kept: string[];
  dropped: string[];
  overrides?: Answers;
}

const ORG_COE: Scenario = {
  name: 'COE for 技術・人文知識・国際業務 (区分N) by an accepting organisation',
  filer: 'ORG_ACCEPTING',
  step1: { 'step1.procedures': ['COE'], 'step1.desiredStatus': 'ENGINEER_HUMANITIES_INTL', 'step1.applicantDateOfBirth': '1998-05-01', 'step1.relationToOrganization': 'ACCEPTED' },
  pages: ['step1', 'applicant.coe.identity', 'applicant.coe.entry', 'status.n.applicant', 'status.organization', 'status.n.organization'],
  kept: ['coe.entryDate', 'coe.portOfEntry', 'coe.purposeOfEntry', 'applicant.dateOfBirth', 'step1.relationToOrganization', 'organization.name', 'status.n.contractType'],
  dropped: ['applicant.residenceCardNumber', 'applicant.periodOfStay', 'acquisition.event', 'workCert.purpose', 'reentry.purpose', 'outsideActivity.weeklyHours', 'step1.relationship', 'step1.livesInJapan', 'step1.acquisitionEventDate', 'applicant.criminalRecordDetails'],
  overrides: { 'applicant.criminalRecord': false },
};

const ORG_EXTENSION_REENTRY: Scenario = {
  name: 'extension with re-entry for an employee (区分N) by an accepting organisation',
  filer: 'ORG_ACCEPTING',
  step1: { 'step1.procedures': ['EXTENSION', 'REENTRY'], 'step1.currentStatus': 'ENGINEER_HUMANITIES_INTL', 'step1.periodOfStayExpiry': '2027-01-31', 'step1.applicantDateOfBirth': '1990-04-01', 'step1.relationToOrganization': 'ACCEPTED' },
  pages: ['step1', 'applicant.extension.identity', 'applicant.extension.stay', 'status.n.applicant', 'reentry', 'status.organization', 'status.n.organization'].sort(),
  kept: ['applicant.residenceCardNumber', 'applicant.periodOfStay', 'applicant.currentStatus', 'applicant.periodOfStayExpiry', 'reentry.purpose', 'organization.name'],
  dropped: ['coe.entryDate', 'coe.portOfEntry', 'acquisition.event', 'workCert.purpose', 'outsideActivity.weeklyHours', 'step1.relationship', 'step1.acquisitionEventDate'],
};

const ALONE_CHANGE: Scenario = {
  name: 'change from 留学 to 技術・人文知識・国際業務 by the foreign national alone (no organisation part)',
  filer: 'FOREIGN_NATIONAL',
  step1: { 'step1.procedures': ['CHANGE'], 'step1.currentStatus': 'STUDENT', 'step1.periodOfStayExpiry': '2027-03-31', 'step1.desiredStatus': 'ENGINEER_HUMANITIES_INTL', 'step1.applicantDateOfBirth': '2001-09-09' },
  pages: ['step1', 'applicant.change.identity', 'applicant.change.stay', 'status.n.applicant'],
  kept: ['applicant.residenceCardNumber', 'applicant.desiredStatus', 'applicant.currentStatus', 'status.n.education.level'],
  dropped: ['organization.name', 'status.n.contractType', 'step1.relationToOrganization', 'step1.relationship', 'coe.entryDate', 'reentry.purpose', 'outsideActivity.weeklyHours', 'acquisition.event'],
};

const ACQUISITION: Scenario = {
  name: 'acquisition (永住者の配偶者等) after a birth in Japan, by a legal representative',
  filer: 'LEGAL_REPRESENTATIVE',
  step1: { 'step1.procedures': ['ACQUISITION'], 'step1.desiredStatus': 'SPOUSE_OF_PERMANENT_RESIDENT', 'step1.acquisitionEventDate': '2026-11-10', 'step1.applicantDateOfBirth': '2026-11-10' },
  pages: ['step1', 'applicant.acquisition.identity', 'applicant.acquisition.stay', 'status.family'],
  kept: ['acquisition.event', 'acquisition.eventDate', 'applicant.desiredStatus', 'step1.acquisitionEventDate'],
  dropped: ['applicant.residenceCardNumber', 'applicant.periodOfStay', 'coe.entryDate', 'workCert.purpose', 'reentry.purpose', 'step1.relationToOrganization', 'step1.livesInJapan', 'organization.name', 'status.n.contractType'],
};

describe('representative paths through APPLICATION_FORM (R-FORM-1, R-FORM-6: only the answers on the path are kept)', () => {
  it.each([ORG_COE, ORG_EXTENSION_REENTRY, ALONE_CHANGE, ACQUISITION])('$name', (scenario) => {
    const context = contextFromAnswers(scenario.step1, scenario.filer);
    expect(context).toBeDefined();
    if (!context) return;
    const answers = fillPath({ ...STRAY, ...scenario.step1 }, context, scenario.overrides);
    expect(pagesOnPath(APPLICATION_FORM, answers, context).map((p) => p.id).sort()).toEqual([...scenario.pages].sort());

    const outcome = validateAnswers(APPLICATION_FORM, answers, context, 'submit');
    expect(outcome.errors).toEqual([]);
    const onPath = new Set(fieldsOnPath(APPLICATION_FORM, answers, context).map((f) => f.id));
    expect(Object.keys(outcome.answers).filter((id) => !onPath.has(id))).toEqual([]);
    for (const id of scenario.kept) expect(outcome.answers, `kept ${id}`).toHaveProperty([id]);
    for (const id of scenario.dropped) expect(outcome.answers, `dropped ${id}`).not.toHaveProperty([id]);
  });

  it('the same answers on another path keep other answers: the draft does not lose them (normalised, not pruned)', () => {
    const context = contextFromAnswers(ALONE_CHANGE.step1, 'FOREIGN_NATIONAL');
    if (!context) throw new Error('context expected');
    const answers = fillPath(ALONE_CHANGE.step1, context);
    const asExtension = { ...answers, 'step1.procedures': ['EXTENSION'] };
    const extension = contextFromAnswers(asExtension, 'FOREIGN_NATIONAL');
    if (!extension) throw new Error('context expected');
    const kept = validateAnswers(APPLICATION_FORM, asExtension, extension, 'draft').answers;
    expect(kept).toMatchObject({ 'applicant.name': 'NGUYEN VAN AN', 'applicant.residenceCardNumber': 'AB12345678CD', 'applicant.currentStatus': 'STUDENT' });
    expect(kept).not.toHaveProperty(['applicant.placeOfBirth']);
    expect(kept).not.toHaveProperty(['step1.desiredStatus']);
  });
});

describe('the applicant’s part follows the paper forms’ numbering (R-FORM-2)', () => {
  const numbersOf = (procedure: string) => APPLICATION_FORM.pages
    .filter((p) => p.id.startsWith(`applicant.${procedure}.`))
    .flatMap((p) => p.fields.flatMap((f) => (f.number === undefined ? [] : [Number(f.number)])));
  it.each([['coe', 21], ['extension', 16], ['change', 16], ['acquisition', 16], ['workCert', 13]] as const)('%s: items 1–%i, in order', (procedure, last) => {
    const numbers = numbersOf(procedure);
    expect([...new Set(numbers)]).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('an item has one definition whatever its number, so a draft keeps it across procedures', () => {
    const byId = new Map<string, string>();
    for (const field of APPLICATION_FORM.pages.flatMap((p) => p.fields)) {
      const { number: _number, ...shape } = field;
      const seen = byId.get(field.id);
      if (seen !== undefined) expect(JSON.stringify(shape), field.id).toBe(seen);
      else byId.set(field.id, JSON.stringify(shape));
    }
  });

  it('no field id appears twice on any path', () => {
    const procedures = [['COE'], ['CHANGE', 'REENTRY', 'OUTSIDE_ACTIVITY'], ['EXTENSION', 'REENTRY'], ['ACQUISITION', 'OUTSIDE_ACTIVITY'], ['WORK_CERT']] as const;
    for (const list of procedures) {
      const ids = fieldsOnPath(APPLICATION_FORM, {}, { filerType: 'LAWYER_SCRIVENER', procedures: list, currentStatus: 'HSP_1B', desiredStatus: 'HSP_1B' }).map((f) => f.id);
      expect(ids.length, list.join('+')).toBe(new Set(ids).size);
    }
  });

  it('the relatives table holds up to 6 rows of relationship, name, date of birth, nationality, living together, workplace or school, residence card number', () => {
    const relatives = APPLICANT_ITEMS.find((f) => f.id === 'applicant.relatives');
    expect(relatives?.maxRows).toBe(6);
    expect(relatives?.columns?.map((c) => c.id)).toEqual(['relationship', 'name', 'dateOfBirth', 'nationality', 'livesTogether', 'workplaceOrSchool', 'residenceCardNumber']);
  });
});

describe('rules across the applicant’s items (R-FORM-4)', () => {
  const context = contextFromAnswers(ORG_EXTENSION_REENTRY.step1, 'ORG_ACCEPTING');
  if (!context) throw new Error('context expected');
  const complete = fillPath(ORG_EXTENSION_REENTRY.step1, context);
  const errorsOf = (changes: Answers, mode: 'draft' | 'submit' = 'submit') => validateAnswers(APPLICATION_FORM, { ...complete, ...changes }, context, mode).errors;

  it('at least one of phone and mobile, at submission only', () => {
    expect(errorsOf({ 'applicant.phone': null, 'applicant.mobile': '090-1234-5678' })).toEqual([]);
    expect(errorsOf({ 'applicant.phone': null, 'applicant.mobile': null }, 'draft')).toEqual([]);
    expect(errorsOf({ 'applicant.phone': null, 'applicant.mobile': null })).toEqual([{
      path: 'applicant.phone',
      message: { ja: '「電話番号」又は「携帯電話番号」の少なくとも一方を入力してください。', en: 'Telephone number: enter it or the Mobile phone number (at least one of the two).' },
    }]);
  });

  it('re-entry: the return is after the departure, in both modes', () => {
    for (const mode of ['draft', 'submit'] as const) {
      expect(errorsOf({ 'reentry.departureDate': '2027-02-01', 'reentry.returnDate': '2027-02-01' }, mode)).toEqual([{
        path: 'reentry.returnDate',
        message: { ja: '「再入国予定年月日」は「出国予定年月日」より後の日付を入力してください。', en: 'Date of re-entry (planned): enter a date after the Date of departure (planned).' },
      }]);
    }
    expect(errorsOf({ 'reentry.departureDate': '2027-02-01', 'reentry.returnDate': '2027-02-02' })).toEqual([]);
  });

  it('Japanese address text typed half-width is stored full-width; names upper-cased', () => {
    const { answers } = validateAnswers(APPLICATION_FORM, { ...complete, 'applicant.address.street': '霞が関1-1-1 ｶｽﾐﾋﾞﾙ 101', 'applicant.name': 'nguyen  van an' }, context, 'submit');
    expect(answers).toMatchObject({ 'applicant.address.street': '霞が関１－１－１　カスミビル　１０１', 'applicant.name': 'NGUYEN VAN AN' });
  });
});

describe('countries (ISO 3166-1 alpha-3)', () => {
  it('unique three-letter codes with ja and en names, including Japan, Viet Nam and stateless', () => {
    const codes = COUNTRIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(249);
    expect(COUNTRIES.filter((c) => ['JPN', 'VNM', 'XXA'].includes(c.code)).map((c) => c.nameJa)).toEqual(['日本', 'ベトナム', '無国籍']);
    expect(COUNTRIES.every((c) => c.nameJa.trim() !== '' && c.nameEn.trim() !== '')).toBe(true);
  });
});
