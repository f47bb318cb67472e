import { describe, expect, it } from 'vitest';
import { STATUSES, DESIGNATED_ACTIVITY_NOTICES } from '../reference/index.js';
import { check, noteKeys, reasonKeys, status, type RequestOverrides } from './test-support.js';

/*
 * Independent transcriptions of the leaflets (never imported from src/domain):
 * seed 000 「利用者ごとの申請可能な手続（個人利用者）」, its 注2 list, and the FAQ of seed 002 (Q5).
 */
type Mark = '○' | '△注2' | '△注3' | '×';
const SEED_000: Record<string, Record<string, Mark>> = {
  //                    認定        変更         更新            取得            就労資格証明   資格外活動            再入国
  FOREIGN_NATIONAL: { COE: '○', CHANGE: '○', EXTENSION: '○', ACQUISITION: '○', WORK_CERT: '○', OUTSIDE_ACTIVITY: '○', REENTRY: '○' },
  LEGAL_REPRESENTATIVE: { COE: '○', CHANGE: '○', EXTENSION: '○', ACQUISITION: '○', WORK_CERT: '○', OUTSIDE_ACTIVITY: '○', REENTRY: '○' },
  RELATIVE: { COE: '△注2', CHANGE: '△注3', EXTENSION: '△注3', ACQUISITION: '△注3', WORK_CERT: '×', OUTSIDE_ACTIVITY: '×', REENTRY: '△注3' },
  LAWYER_SCRIVENER: { COE: '○', CHANGE: '○', EXTENSION: '○', ACQUISITION: '○', WORK_CERT: '○', OUTSIDE_ACTIVITY: '○', REENTRY: '○' },
};

/** 注2: 在留資格 column of the table (names as printed) and the 特定活動 告示 numbers. */
const NOTE_2_STATUSES_JA = ['文化活動', '留学', '家族滞在', '日本人の配偶者等', '永住者の配偶者等', '定住者'];
const NOTE_2_NOTICES = ['7', '18', '19', '23', '24', '30', '31', '33', '33-2', '34', '38', '39', '47', '52'];

/** Seed 002 Q5 (it prints 法律・会計事務 for the status 法律・会計業務). 高度専門職, 特定技能, 技能実習 cover every 号. */
const Q5_STATUSES_JA = [
  '教授', '芸術', '宗教', '報道', '高度専門職', '経営・管理', '法律・会計業務', '医療', '研究', '教育', '技術・人文知識・国際業務',
  '企業内転勤', '介護', '興行', '技能', '特定技能', '技能実習', '文化活動', '留学', '研修', '家族滞在',
];
const FAMILIES_JA = ['高度専門職', '特定技能', '技能実習'];
const INDEFINITE = ['PERMANENT_RESIDENT', 'HSP_2'];

const codesNamed = (names: string[]) =>
  STATUSES.filter((s) => names.some((n) => s.nameJa === n || (FAMILIES_JA.includes(n) && s.nameJa.startsWith(n)))).map((s) => s.code as string);
const NOTE_2_CODES = codesNamed(NOTE_2_STATUSES_JA);
const Q5_CODES = codesNamed(Q5_STATUSES_JA);
const ALL_CODES = STATUSES.map((s) => s.code as string);
const expiryFor = (code: string) => (INDEFINITE.includes(code) ? null : '2027-01-31');

/** A request that exercises one procedure, with everything else fine for an adult who can file personally. */
function filingOf(procedure: string): RequestOverrides {
  switch (procedure) {
    case 'COE':
      return { procedures: ['COE'], desiredStatus: status('STUDENT'), applicant: { currentStatus: null, periodOfStayExpiry: null } };
    case 'CHANGE':
      return { procedures: ['CHANGE'], desiredStatus: status('BUSINESS_MANAGER') };
    case 'ACQUISITION':
      return { procedures: ['ACQUISITION'], desiredStatus: status('SPOUSE_OF_PERMANENT_RESIDENT'), applicant: { currentStatus: null, periodOfStayExpiry: null, acquisitionEventDate: '2026-11-10' } };
    case 'REENTRY':
    case 'OUTSIDE_ACTIVITY':
      return { procedures: ['EXTENSION', procedure] };
    default:
      return { procedures: [procedure] };
  }
}

function asFiler(type: string, procedure: string, applicant: RequestOverrides['applicant'] = {}, livesInJapan = true): RequestOverrides {
  const base = filingOf(procedure);
  return { ...base, filer: { type, hasMyNumberCard: true, livesInJapan, relationship: 'MOTHER' }, applicant: { ...base.applicant, ...applicant } };
}

const ADULT = { dateOfBirth: '1990-04-01', unableToApplyPersonally: false };
const CHILD = { dateOfBirth: '2015-06-01', unableToApplyPersonally: false };
const UNABLE_ADULT = { dateOfBirth: '1990-04-01', unableToApplyPersonally: true };

const cells = Object.entries(SEED_000).flatMap(([filer, row]) => Object.entries(row).map(([procedure, mark]) => ({ filer, procedure, mark })));

describe('R-ELIG-1 every cell of seed 000 (individual filers)', () => {
  it('the transcription has 4 rows × 7 procedures', () => expect(cells).toHaveLength(28));

  it.each(cells)('R-ELIG-1 $filer × $procedure is $mark', ({ filer, procedure, mark }) => {
    const concerning = (overrides: RequestOverrides) => reasonKeys(check(overrides)).filter((k) => k.endsWith(`:${procedure}`));
    switch (mark) {
      case '○':
        expect(check(asFiler(filer, procedure, ADULT)).reasons).toEqual([]);
        break;
      case '×':
        for (const applicant of [ADULT, CHILD, UNABLE_ADULT]) {
          expect(concerning(asFiler(filer, procedure, applicant))).toEqual([`RELATIVE_NOT_ALLOWED_FOR_PROCEDURE:${procedure}`]);
        }
        break;
      case '△注2':
        expect(concerning(asFiler(filer, procedure, ADULT, true))).toEqual([]);
        expect(concerning(asFiler(filer, procedure, ADULT, false))).toEqual([`RELATIVE_MUST_LIVE_IN_JAPAN:${procedure}`]);
        break;
      case '△注3':
        expect(concerning(asFiler(filer, procedure, ADULT))).toEqual([`RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE:${procedure}`]);
        expect(concerning(asFiler(filer, procedure, CHILD))).toEqual([]);
        expect(concerning(asFiler(filer, procedure, UNABLE_ADULT))).toEqual([]);
        break;
    }
  });

  it('R-ELIG-1 a relative filing an extension with re-entry for an adult gets one reason per procedure', () => {
    expect(reasonKeys(check(asFiler('RELATIVE', 'REENTRY', ADULT)))).toEqual([
      'RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE:EXTENSION', 'RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE:REENTRY',
    ]);
  });
});

describe('R-ELIG-5 relatives: under 16 on the JST filing date, or unable to file personally', () => {
  const relativeExtension = (dateOfBirth: string, unableToApplyPersonally = false, filingDateTime?: string) =>
    reasonKeys(check({ ...asFiler('RELATIVE', 'EXTENSION', { dateOfBirth, unableToApplyPersonally }), ...(filingDateTime ? { filingDateTime } : {}) }));

  it.each([
    ['2010-11-24', 15, []],
    ['2010-11-23', 16, ['RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE:EXTENSION']],
    ['2010-11-22', 16, ['RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE:EXTENSION']],
  ])('R-ELIG-5 born %s is %i on 2026-11-23 JST', (dob, _age, expected) => {
    expect(relativeExtension(dob)).toEqual(expected);
  });

  it('R-ELIG-5 the 16th birthday begins at 00:00 JST, while the UTC date is still the day before', () => {
    expect(relativeExtension('2010-11-23', false, '2026-11-22T14:59:59Z')).toEqual([]);
    expect(relativeExtension('2010-11-23', false, '2026-11-22T15:00:00Z')).toEqual(['RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE:EXTENSION']);
    expect(relativeExtension('2010-11-23', false, '2026-11-23T00:00:00+09:00')).toEqual(['RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE:EXTENSION']);
  });

  it('R-ELIG-5 a 29 February birthday reaches 16 on 1 March in a common year', () => {
    expect(relativeExtension('2008-02-29', false, '2024-02-28T12:00:00+09:00')).toEqual([]);
    expect(relativeExtension('2008-02-29', false, '2024-02-29T12:00:00+09:00')).toEqual(['RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE:EXTENSION']);
  });

  it('R-ELIG-5 an adult who is unable to file personally may be filed for by a relative', () => {
    expect(relativeExtension('1950-01-01', true)).toEqual([]);
    expect(relativeExtension('1950-01-01', false)).toEqual(['RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE:EXTENSION']);
  });

  it('R-ELIG-5 does not apply to a relative\'s COE (注2 decides it) nor to other filers', () => {
    expect(check(asFiler('RELATIVE', 'COE', ADULT)).reasons).toEqual([]);
    for (const filer of ['FOREIGN_NATIONAL', 'LEGAL_REPRESENTATIVE', 'LAWYER_SCRIVENER']) {
      expect(check(asFiler(filer, 'EXTENSION', ADULT)).reasons).toEqual([]);
    }
  });
});

describe('R-ELIG-4 a relative\'s COE: living in Japan and a listed desired status', () => {
  const relativeCoe = (desired: ReturnType<typeof status>, livesInJapan = true) =>
    reasonKeys(check({ ...asFiler('RELATIVE', 'COE', ADULT, livesInJapan), desiredStatus: desired }));

  it('the 注2 transcription resolves to six statuses of the reference data', () => expect(NOTE_2_CODES).toHaveLength(6));

  it.each(ALL_CODES.filter((c) => c !== 'DESIGNATED_ACTIVITIES'))('R-ELIG-4 desired %s', (code) => {
    const refused = relativeCoe(status(code)).includes('RELATIVE_COE_STATUS_NOT_ELIGIBLE:COE');
    expect(refused).toBe(!NOTE_2_CODES.includes(code));
  });

  it.each([...DESIGNATED_ACTIVITY_NOTICES])('R-ELIG-4 desired 特定活動 告示 %s', (notice) => {
    const refused = relativeCoe(status('DESIGNATED_ACTIVITIES', notice)).includes('RELATIVE_COE_STATUS_NOT_ELIGIBLE:COE');
    expect(refused).toBe(!NOTE_2_NOTICES.includes(notice));
  });

  it('R-ELIG-4 a relative abroad with an ineligible status gets both reasons', () => {
    expect(relativeCoe(status('ENGINEER_HUMANITIES_INTL'), false)).toEqual(['RELATIVE_MUST_LIVE_IN_JAPAN:COE', 'RELATIVE_COE_STATUS_NOT_ELIGIBLE:COE']);
  });
});

describe('R-ELIG-2 My Number card with both certificates', () => {
  it.each(['FOREIGN_NATIONAL', 'LEGAL_REPRESENTATIVE', 'RELATIVE'])('R-ELIG-2 %s without a card is refused', (type) => {
    const result = check({ filer: { type, hasMyNumberCard: false, livesInJapan: true, relationship: 'CHILD' }, applicant: CHILD });
    expect(reasonKeys(result)).toEqual(['MY_NUMBER_CARD_REQUIRED']);
    expect(result.allowed).toBe(false);
  });

  it.each(['LAWYER_SCRIVENER', 'ORG_ACCEPTING'])('R-ELIG-2 %s needs no card', (type) => {
    expect(check({ filer: { type, hasMyNumberCard: false }, applicant: { relationToOrganization: 'ACCEPTED' } }).reasons).toEqual([]);
  });
});

describe('R-ELIG-3 re-entry and outside activity only with a change, an extension or an acquisition', () => {
  it.each([
    [['REENTRY'], ['MUST_ACCOMPANY_CHANGE_EXTENSION_ACQUISITION:REENTRY']],
    [['OUTSIDE_ACTIVITY'], ['MUST_ACCOMPANY_CHANGE_EXTENSION_ACQUISITION:OUTSIDE_ACTIVITY']],
    [['REENTRY', 'OUTSIDE_ACTIVITY'], ['MUST_ACCOMPANY_CHANGE_EXTENSION_ACQUISITION:REENTRY', 'MUST_ACCOMPANY_CHANGE_EXTENSION_ACQUISITION:OUTSIDE_ACTIVITY']],
    [['WORK_CERT', 'REENTRY'], ['MUST_ACCOMPANY_CHANGE_EXTENSION_ACQUISITION:REENTRY']],
    [['EXTENSION', 'REENTRY', 'OUTSIDE_ACTIVITY'], []],
  ])('R-ELIG-3 %j', (procedures, expected) => {
    expect(reasonKeys(check({ procedures }))).toEqual(expected);
  });

  it('R-ELIG-3 with a COE (the person is abroad) is refused; with a change or an acquisition it is fine', () => {
    expect(reasonKeys(check({ procedures: ['COE', 'OUTSIDE_ACTIVITY'], desiredStatus: status('STUDENT') }))).toEqual(['MUST_ACCOMPANY_CHANGE_EXTENSION_ACQUISITION:OUTSIDE_ACTIVITY']);
    expect(check({ procedures: ['CHANGE', 'REENTRY', 'OUTSIDE_ACTIVITY'], desiredStatus: status('STUDENT') }).reasons).toEqual([]);
    expect(check({ procedures: ['REENTRY', 'ACQUISITION'], desiredStatus: status('DEPENDENT'), applicant: { currentStatus: null, periodOfStayExpiry: null, acquisitionEventDate: '2026-11-20' } }).reasons).toEqual([]);
  });
});

describe('R-ELIG-8 individual filers attach the organisation\'s part (a note, never a refusal)', () => {
  const byProcedure = (procedure: string, code: string): RequestOverrides => {
    const s = status(code);
    switch (procedure) {
      case 'COE':
        return { procedures: ['COE'], desiredStatus: s, applicant: { currentStatus: null, periodOfStayExpiry: null } };
      case 'CHANGE': {
        const from = code === 'OFFICIAL' ? 'PROFESSOR' : 'OFFICIAL';
        return { procedures: ['CHANGE'], desiredStatus: s, applicant: { currentStatus: status(from) } };
      }
      default:
        return { procedures: [procedure], applicant: { currentStatus: s, periodOfStayExpiry: expiryFor(code) } };
    }
  };

  it('the Q5 transcription resolves to 27 statuses of the reference data', () => expect(Q5_CODES).toHaveLength(27));

  const rows = ['COE', 'CHANGE', 'EXTENSION'].flatMap((procedure) => ALL_CODES.map((code) => ({ procedure, code })));
  it.each(rows)('R-ELIG-8 $procedure for $code by the foreign national', ({ procedure, code }) => {
    const notes = noteKeys(check(byProcedure(procedure, code))).filter((k) => k.startsWith('ORGANIZATION_PART_AS_ATTACHMENT'));
    expect(notes).toEqual(Q5_CODES.includes(code) ? [`ORGANIZATION_PART_AS_ATTACHMENT:${procedure}`] : []);
  });

  it.each(['LEGAL_REPRESENTATIVE', 'RELATIVE'])('R-ELIG-8 applies to %s as well', (type) => {
    const result = check({ filer: { type, hasMyNumberCard: true, livesInJapan: true, relationship: 'FATHER' }, applicant: CHILD });
    expect(noteKeys(result)).toEqual(['ORGANIZATION_PART_AS_ATTACHMENT:EXTENSION']);
    expect(result.allowed).toBe(true);
  });

  it.each(['LAWYER_SCRIVENER', 'ORG_ACCEPTING'])('R-ELIG-8 not for %s, who enter the organisation\'s part online', (type) => {
    expect(noteKeys(check({ filer: { type }, applicant: { relationToOrganization: 'ACCEPTED' } }))).toEqual([]);
  });

  it('R-ELIG-8 not for an acquisition or a work certificate', () => {
    expect(noteKeys(check({ procedures: ['WORK_CERT'] }))).toEqual([]);
    expect(noteKeys(check(filingOf('ACQUISITION')))).toEqual([]);
  });
});
