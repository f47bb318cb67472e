import { describe, expect, it } from 'vitest';
import { HSP_KINDS, HSP_PASS_MARK, HSP_POINT_RULES, scoreHsp, type HspFacts, type HspKind } from './hsp-points.js';

const NOTHING: HspFacts = {
  degree: null, multipleFields: false, experienceYears: null, annualSalary: null, age: null, research: [],
  nationalQualifications: 0, position: null, japanese: null, bonuses: [],
};
const facts = (overrides: Partial<HspFacts>): HspFacts => ({ ...NOTHING, ...overrides });
const MAN = 10_000;

/**
 * One case per row of the point table, written from the Ministry's 高度専門職ポイント計算表 (イ/ロ/ハ): the facts
 * that meet the row's criterion, and the subtotal of the row's category each kind then gets (0 where the
 * table has no points for that kind, or the points of the row a kind falls back to).
 */
const CASES: Record<string, { facts: Partial<HspFacts>; subtotal: Record<HspKind, number> }> = {
  'education.doctor': { facts: { degree: 'DOCTOR' }, subtotal: { A: 30, B: 30, C: 20 } },
  'education.mbaMot': { facts: { degree: 'MBA_MOT' }, subtotal: { A: 20, B: 25, C: 25 } },
  'education.master': { facts: { degree: 'MASTER' }, subtotal: { A: 20, B: 20, C: 20 } },
  'education.bachelor': { facts: { degree: 'BACHELOR' }, subtotal: { A: 10, B: 10, C: 10 } },
  'education.multipleFields': { facts: { multipleFields: true }, subtotal: { A: 5, B: 5, C: 5 } },
  'career.10': { facts: { experienceYears: 10 }, subtotal: { A: 15, B: 20, C: 25 } },
  'career.7': { facts: { experienceYears: 7 }, subtotal: { A: 15, B: 15, C: 20 } },
  'career.5': { facts: { experienceYears: 5 }, subtotal: { A: 10, B: 10, C: 15 } },
  'career.3': { facts: { experienceYears: 3 }, subtotal: { A: 5, B: 5, C: 10 } },
  'salary.30m': { facts: { annualSalary: 3000 * MAN, age: 50 }, subtotal: { A: 40, B: 40, C: 50 } },
  'salary.25m': { facts: { annualSalary: 2500 * MAN, age: 50 }, subtotal: { A: 40, B: 40, C: 40 } },
  'salary.20m': { facts: { annualSalary: 2000 * MAN, age: 50 }, subtotal: { A: 40, B: 40, C: 30 } },
  'salary.15m': { facts: { annualSalary: 1500 * MAN, age: 50 }, subtotal: { A: 40, B: 40, C: 20 } },
  'salary.10m': { facts: { annualSalary: 1000 * MAN, age: 50 }, subtotal: { A: 40, B: 40, C: 10 } },
  'salary.9m': { facts: { annualSalary: 900 * MAN, age: 50 }, subtotal: { A: 35, B: 35, C: 0 } },
  'salary.8m': { facts: { annualSalary: 800 * MAN, age: 50 }, subtotal: { A: 30, B: 30, C: 0 } },
  'salary.7m': { facts: { annualSalary: 700 * MAN, age: 39 }, subtotal: { A: 25, B: 25, C: 0 } },
  'salary.6m': { facts: { annualSalary: 600 * MAN, age: 39 }, subtotal: { A: 20, B: 20, C: 0 } },
  'salary.5m': { facts: { annualSalary: 500 * MAN, age: 34 }, subtotal: { A: 15, B: 15, C: 0 } },
  'salary.4m': { facts: { annualSalary: 400 * MAN, age: 29 }, subtotal: { A: 10, B: 10, C: 0 } },
  'age.under30': { facts: { age: 29 }, subtotal: { A: 15, B: 15, C: 0 } },
  'age.under35': { facts: { age: 34 }, subtotal: { A: 10, B: 10, C: 0 } },
  'age.under40': { facts: { age: 39 }, subtotal: { A: 5, B: 5, C: 0 } },
  'research.one': { facts: { research: ['PAPERS'] }, subtotal: { A: 20, B: 15, C: 0 } },
  'research.two': { facts: { research: ['PATENT', 'GRANTS'] }, subtotal: { A: 25, B: 15, C: 0 } },
  'qualifications.one': { facts: { nationalQualifications: 1 }, subtotal: { A: 0, B: 5, C: 0 } },
  'qualifications.two': { facts: { nationalQualifications: 3 }, subtotal: { A: 0, B: 10, C: 0 } },
  'position.representative': { facts: { position: 'REPRESENTATIVE' }, subtotal: { A: 0, B: 0, C: 10 } },
  'position.director': { facts: { position: 'DIRECTOR' }, subtotal: { A: 0, B: 0, C: 5 } },
  'bonus.innovationSupport': { facts: { bonuses: ['INNOVATION_SUPPORT'] }, subtotal: { A: 10, B: 10, C: 10 } },
  'bonus.innovationSme': { facts: { bonuses: ['INNOVATION_SUPPORT', 'INNOVATION_SME'] }, subtotal: { A: 20, B: 20, C: 20 } },
  'bonus.researchSme': { facts: { bonuses: ['RESEARCH_SME'] }, subtotal: { A: 5, B: 5, C: 5 } },
  'bonus.foreignQualification': { facts: { bonuses: ['FOREIGN_QUALIFICATION'] }, subtotal: { A: 5, B: 5, C: 5 } },
  'bonus.japaneseDegree': { facts: { bonuses: ['JAPANESE_DEGREE'] }, subtotal: { A: 10, B: 10, C: 10 } },
  'bonus.japaneseN1': { facts: { japanese: 'N1_OR_MAJOR' }, subtotal: { A: 15, B: 15, C: 15 } },
  'bonus.japaneseN2': { facts: { japanese: 'N2' }, subtotal: { A: 10, B: 10, C: 10 } },
  'bonus.growthField': { facts: { bonuses: ['GROWTH_FIELD'] }, subtotal: { A: 10, B: 10, C: 10 } },
  'bonus.designatedUniversity': { facts: { bonuses: ['DESIGNATED_UNIVERSITY'] }, subtotal: { A: 10, B: 10, C: 10 } },
  'bonus.designatedTraining': { facts: { bonuses: ['DESIGNATED_TRAINING'] }, subtotal: { A: 5, B: 5, C: 5 } },
  'bonus.investment': { facts: { bonuses: ['INVESTMENT'] }, subtotal: { A: 0, B: 0, C: 5 } },
  'bonus.assetManagement': { facts: { bonuses: ['ASSET_MANAGEMENT'] }, subtotal: { A: 0, B: 10, C: 10 } },
};

describe('HSP point table (R-FORM-5: the point table computes its subtotals and total)', () => {
  it('has a case for every row and no case without a row', () => {
    expect(Object.keys(CASES).sort()).toEqual(HSP_POINT_RULES.map((rule) => rule.id).sort());
  });

  describe.each(HSP_POINT_RULES.map((rule) => [rule.id, rule] as const))('row %s', (id, rule) => {
    it.each(HSP_KINDS.map((kind) => [kind] as const))('kind %s scores the table’s points and nothing else', (kind) => {
      const testCase = CASES[id];
      if (!testCase) throw new Error(`no case for ${id}`);
      const score = scoreHsp(kind, facts(testCase.facts));
      expect(score.subtotals[rule.category]).toBe(testCase.subtotal[kind]);
      if (rule.points[kind] === undefined) expect(score.scored).not.toContain(id);
    });
  });

  it('scores nothing for no facts', () => {
    for (const kind of HSP_KINDS) expect(scoreHsp(kind, NOTHING).total).toBe(0);
  });

  it.each([
    ['A', { annualSalary: 1000 * MAN - 1, age: 45 }, 35],
    ['A', { annualSalary: 800 * MAN - 1, age: 40 }, 0],
    ['B', { annualSalary: 700 * MAN, age: 40 }, 0],
    ['B', { annualSalary: 500 * MAN, age: 35 }, 0],
    ['B', { annualSalary: 400 * MAN, age: 30 }, 0],
    ['B', { annualSalary: 400 * MAN, age: null }, 0],
    ['C', { annualSalary: 3000 * MAN - 1 }, 40],
    ['C', { annualSalary: 1000 * MAN - 1 }, 0],
  ] as const)('salary boundaries: kind %s with %o scores %i for salary', (kind, overrides, expected) => {
    expect(scoreHsp(kind, facts(overrides)).subtotals.salary).toBe(expected);
  });

  it.each([
    [29, 15], [30, 10], [34, 10], [35, 5], [39, 5], [40, 0],
  ])('age %i scores %i under イ and ロ and nothing under ハ', (age, expected) => {
    expect(scoreHsp('A', facts({ age })).subtotals.age).toBe(expected);
    expect(scoreHsp('B', facts({ age })).subtotals.age).toBe(expected);
    expect(scoreHsp('C', facts({ age })).subtotals.age).toBe(0);
  });

  it('experience below 3 years scores nothing', () => {
    for (const kind of HSP_KINDS) expect(scoreHsp(kind, facts({ experienceYears: 2 })).subtotals.career).toBe(0);
  });

  it('N2 and the designated training give nothing to graduates of Japanese universities (who get their own 10)', () => {
    const graduate = facts({ japanese: 'N2', bonuses: ['JAPANESE_DEGREE', 'DESIGNATED_TRAINING'] });
    expect(scoreHsp('B', graduate).subtotals.bonus).toBe(10);
    expect(scoreHsp('B', facts({ japanese: 'N1_OR_MAJOR', bonuses: ['JAPANESE_DEGREE'] })).subtotals.bonus).toBe(25);
  });

  it('the SME bonus needs the innovation support bonus', () => {
    expect(scoreHsp('A', facts({ bonuses: ['INNOVATION_SME'] })).subtotals.bonus).toBe(0);
  });

  it('adds the categories up; a typical ロ engineer passes the 70-point mark', () => {
    const engineer = facts({
      degree: 'MASTER', experienceYears: 6, annualSalary: 650 * MAN, age: 31, japanese: 'N2', nationalQualifications: 1,
    });
    const score = scoreHsp('B', engineer);
    expect(score.subtotals).toEqual({ education: 20, career: 10, salary: 20, age: 10, research: 0, qualifications: 5, position: 0, bonus: 10 });
    expect(score.total).toBe(75);
    expect(score.total).toBeGreaterThanOrEqual(HSP_PASS_MARK);
  });
});
