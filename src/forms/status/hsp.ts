import type { StatusCode } from '../../domain/reference/index.js';
import type { FieldError } from '../../domain/validation/field-errors.js';
import type { Answers, AnswerValue, Condition, PageDefinition } from '../types.js';
import {
  HSP_BONUSES, HSP_CATEGORIES, HSP_DEGREES, HSP_JAPANESE_LEVELS, HSP_KINDS, HSP_MINIMUM_SALARY, HSP_PASS_MARK, HSP_POSITIONS,
  HSP_RESEARCH_ACHIEVEMENTS, scoreHsp, type HspBonus, type HspFacts, type HspKind,
} from './hsp-points.js';
import { applicantPartFor, field, options } from './shared.js';
import { HSP_ACTIVITY_FIELD, HSP_STATUSES } from './status-groups.js';

/** 高度専門職1号 by kind; 2号 carries on the activity of one of them. */
const FIRST_GRADE: readonly { status: StatusCode; kind: HspKind }[] = [
  { status: 'HSP_1A', kind: 'A' }, { status: 'HSP_1B', kind: 'B' }, { status: 'HSP_1C', kind: 'C' },
];

/** The point table that applies: the 1号 kind, or for 2号 the activity chosen. */
export function hspKind(status: StatusCode | null, answers: Answers): HspKind | undefined {
  if (status === 'HSP_2') {
    const activity = answers[HSP_ACTIVITY_FIELD];
    return HSP_KINDS.find((k) => k === activity);
  }
  return FIRST_GRADE.find((grade) => grade.status === status)?.kind;
}

const kindIs = (kinds: readonly HspKind[]): Condition => ({
  any: [
    { status: FIRST_GRADE.filter((grade) => kinds.includes(grade.kind)).map((grade) => grade.status) },
    { all: [{ status: ['HSP_2'] }, { field: HSP_ACTIVITY_FIELD, in: kinds }] },
  ],
});
const AB = kindIs(['A', 'B']);

/** Bonus items shown as one list; the kind-specific ones (投資, 投資運用業) have their own questions. */
const LISTED_BONUSES = HSP_BONUSES.filter((bonus) => bonus !== 'INVESTMENT' && bonus !== 'ASSET_MANAGEMENT');

const points = (category: string, condition?: Condition) =>
  field(`status.hsp.points.${category}`, 'integer', { computed: true, ...(condition ? { condition } : {}) });

/** 高度専門職: the point calculation table, filled in by the applicant; subtotals and total are computed (R-FORM-5). */
export const HSP_PAGE: PageDefinition = {
  id: 'status.hsp',
  titleKey: 'status.page.hsp.title',
  part: 'status',
  condition: applicantPartFor(HSP_STATUSES),
  fields: [
    field(HSP_ACTIVITY_FIELD, 'choice', { required: true, condition: { status: ['HSP_2'] }, options: options(HSP_ACTIVITY_FIELD, HSP_KINDS) }),
    field('status.hsp.degree', 'choice', { required: true, hint: true, options: options('status.hsp.degree', HSP_DEGREES) }),
    field('status.hsp.multipleFields', 'yesNo', { required: true }),
    field('status.hsp.experienceYears', 'integer', { required: true, min: 0, max: 70, hint: true }),
    field('status.hsp.annualSalary', 'money', { required: true, hint: true }),
    field('status.hsp.age', 'integer', { required: true, min: 15, max: 120, condition: AB }),
    field('status.hsp.research', 'multiChoice', { condition: AB, options: options('status.hsp.research', HSP_RESEARCH_ACHIEVEMENTS) }),
    field('status.hsp.nationalQualifications', 'integer', { min: 0, max: 50, condition: kindIs(['B']) }),
    field('status.hsp.position', 'choice', { required: true, condition: kindIs(['C']), options: options('status.hsp.position', HSP_POSITIONS) }),
    field('status.hsp.japanese', 'choice', { required: true, options: options('status.hsp.japanese', HSP_JAPANESE_LEVELS) }),
    field('status.hsp.bonuses', 'multiChoice', { hint: true, options: options('status.hsp.bonus', LISTED_BONUSES) }),
    field('status.hsp.investment', 'yesNo', { condition: kindIs(['C']) }),
    field('status.hsp.assetManagement', 'yesNo', { condition: kindIs(['B', 'C']) }),
    points('education'),
    points('career'),
    points('salary'),
    points('age', AB),
    points('research', AB),
    points('qualifications', kindIs(['B'])),
    points('position', kindIs(['C'])),
    points('bonus'),
    field('status.hsp.points.total', 'integer', { computed: true, min: HSP_PASS_MARK, hint: true }),
  ],
};

function numberOf(value: AnswerValue | undefined): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return null;
}

function stringsOf(value: AnswerValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function pick<T extends string>(values: readonly T[], value: AnswerValue | undefined): T | null {
  return values.find((v) => v === value) ?? null;
}

export function hspFacts(answers: Answers): HspFacts {
  const bonuses: HspBonus[] = stringsOf(answers['status.hsp.bonuses']).flatMap((v) => pick(HSP_BONUSES, v) ?? []);
  if (answers['status.hsp.investment'] === true) bonuses.push('INVESTMENT');
  if (answers['status.hsp.assetManagement'] === true) bonuses.push('ASSET_MANAGEMENT');
  return {
    degree: pick(HSP_DEGREES, answers['status.hsp.degree']),
    multipleFields: answers['status.hsp.multipleFields'] === true,
    experienceYears: numberOf(answers['status.hsp.experienceYears']),
    annualSalary: numberOf(answers['status.hsp.annualSalary']),
    age: numberOf(answers['status.hsp.age']),
    research: stringsOf(answers['status.hsp.research']).flatMap((v) => pick(HSP_RESEARCH_ACHIEVEMENTS, v) ?? []),
    nationalQualifications: numberOf(answers['status.hsp.nationalQualifications']) ?? 0,
    position: pick(HSP_POSITIONS, answers['status.hsp.position']),
    japanese: pick(HSP_JAPANESE_LEVELS, answers['status.hsp.japanese']),
    bonuses,
  };
}

/** The computed answers: `status.hsp.points.<category>` and `status.hsp.points.total`. */
export function computeHspAnswers(status: StatusCode | null, answers: Answers): Answers {
  const kind = hspKind(status, answers);
  if (!kind) return {};
  const score = scoreHsp(kind, hspFacts(answers));
  const computed: Answers = { 'status.hsp.points.total': score.total };
  for (const category of HSP_CATEGORIES) computed[`status.hsp.points.${category}`] = score.subtotals[category];
  return computed;
}

/** At submission: at least 70 points, and for ロ/ハ at least 3 million yen a year. */
export function hspSubmitErrors(status: StatusCode | null, answers: Answers): FieldError[] {
  const kind = hspKind(status, answers);
  if (!kind) return [];
  const errors: FieldError[] = [];
  const facts = hspFacts(answers);
  const { total } = scoreHsp(kind, facts);
  if (total < HSP_PASS_MARK) {
    errors.push({
      path: 'status.hsp.points.total',
      message: {
        ja: `ポイント合計が${total}点です。高度専門職には${HSP_PASS_MARK}点以上が必要です。該当する項目の入力を確認してください。`,
        en: `The points total ${total}. Highly Skilled Professional requires at least ${HSP_PASS_MARK}; check the items that apply.`,
      },
    });
  }
  const minimum = HSP_MINIMUM_SALARY[kind];
  if (minimum !== undefined && (facts.annualSalary ?? 0) < minimum) {
    errors.push({
      path: 'status.hsp.annualSalary',
      message: {
        ja: `年収は${minimum.toLocaleString('ja-JP')}円以上が必要です（高度専門職1号ロ・ハ）。年額（賞与を含む）を入力してください。`,
        en: `The annual salary must be at least ${minimum.toLocaleString('en-US')} yen for (i)(b) and (i)(c); enter the yearly amount including bonuses.`,
      },
    });
  }
  return errors;
}
