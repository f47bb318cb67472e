import type { FilerType } from '../eligibility/codes.js';
import { isMainProcedure, type ProcedureCode, type StatusCode } from '../reference/index.js';
import type { Bilingual } from '../validation/field-errors.js';
import { DOCUMENT_NAMES } from './documents.js';
import { EMPLOYMENT_TABLES } from './rules-employment.js';
import { GENERIC_TABLE, OTHER_TABLES } from './rules-other.js';
import {
  MAIN_PROCEDURE_RULES, OTHER_DOCUMENTS_RULE, REENTRY_RULE, organizationPartRule, outsideActivityRule,
} from './rules-procedures.js';
import type {
  AnswerCondition, ChecklistItem, DocumentRule, DocumentSource, OrganizationCategory, ReceivedChecklistItem, StatusDocumentTable,
} from './types.js';

/** Every transcribed status list; a status not in any gets GENERIC_TABLE. */
export const STATUS_TABLES: readonly StatusDocumentTable[] = [...EMPLOYMENT_TABLES, ...OTHER_TABLES];

export interface ChecklistInput {
  procedures: readonly ProcedureCode[];
  /** The status in question: the desired one for COE, change and acquisition, the current one otherwise. */
  status: StatusCode;
  filerType: FilerType;
  /** R-ORG-4; null when unknown (an individual filing alone): category-dependent items then become optional. */
  organizationCategory: OrganizationCategory | null;
  /** The form's answers (flat, by field id), for items that apply only in some cases. */
  answers?: Readonly<Record<string, unknown>>;
}

export function tableFor(status: StatusCode): StatusDocumentTable {
  return STATUS_TABLES.find((t) => t.statuses.includes(status)) ?? GENERIC_TABLE;
}

/** R-ATT-3: required and optional documents for procedure × status × filer × organisation category. */
export function buildChecklist(input: ChecklistInput): ChecklistItem[] {
  const main = input.procedures.find(isMainProcedure);
  const candidates: (ChecklistItem | undefined)[] = [];
  const add = (rule: DocumentRule | undefined, procedure: ProcedureCode | undefined, source?: DocumentSource) => {
    if (rule && (procedure === undefined || rule.procedures.includes(procedure))) candidates.push(resolve(rule, input, source));
  };

  if (main) {
    for (const rule of MAIN_PROCEDURE_RULES) add(rule, main);
    const table = tableFor(input.status);
    for (const rule of table.rules) add(rule, main, table.source);
    add(organizationPartRule(main, input.status, input.filerType), main);
  }
  if (input.procedures.includes('REENTRY')) add(REENTRY_RULE, 'REENTRY');
  if (input.procedures.includes('OUTSIDE_ACTIVITY')) add(outsideActivityRule(input.status), 'OUTSIDE_ACTIVITY');
  add(OTHER_DOCUMENTS_RULE, undefined);
  return mergeByCode(candidates.filter((item) => item !== undefined));
}

/** An item per rule, or undefined when the rule does not apply; unknown facts make a required item optional. */
function resolve(rule: DocumentRule, input: ChecklistInput, tableSource: DocumentSource | undefined): ChecklistItem | undefined {
  const notes: Bilingual[] = [];
  let requirement = rule.requirement;
  if (rule.categories) {
    if (input.organizationCategory === null) {
      requirement = 'OPTIONAL';
      notes.push(categoryNote(rule.categories));
    } else if (!rule.categories.includes(input.organizationCategory)) {
      return undefined;
    }
  }
  if (rule.when) {
    const holds = answerHolds(rule.when, input.answers);
    if (holds === false) return undefined;
    if (holds === undefined) {
      requirement = 'OPTIONAL';
      notes.push(rule.when.describes);
    }
  }
  if (rule.note) notes.push(rule.note);
  const source = rule.source ?? tableSource;
  if (!source) throw new Error(`document rule ${rule.code} has no source`);
  const item: ChecklistItem = { code: rule.code, requirement, name: DOCUMENT_NAMES[rule.code], source };
  return notes.length > 0 ? { ...item, note: joinNotes(notes) } : item;
}

/** true or false when the answer decides; undefined while it is unanswered. */
function answerHolds(condition: AnswerCondition, answers: ChecklistInput['answers']): boolean | undefined {
  const value = answers?.[condition.field];
  if (value === undefined || value === null || value === '') return undefined;
  const values: readonly unknown[] = Array.isArray(value) ? value : [value];
  return values.some((v) => (condition.in as readonly unknown[]).includes(v));
}

function categoryNote(categories: readonly OrganizationCategory[]): Bilingual {
  const en = categories.length === 1 ? `${categories[0]}` : `${categories.slice(0, -1).join(', ')} or ${categories[categories.length - 1]}`;
  return {
    ja: `所属機関がカテゴリー${categories.join('・')}の場合に必要です。`,
    en: `Needed when the organisation is in category ${en}.`,
  };
}

function joinNotes(notes: readonly Bilingual[]): Bilingual {
  return { ja: notes.map((n) => n.ja).join(''), en: notes.map((n) => n.en).join(' ') };
}

/** One item per document: the first required line wins (with its note and source), else the first line. */
function mergeByCode(items: readonly ChecklistItem[]): ChecklistItem[] {
  const order: ChecklistItem[] = [];
  for (const item of items) {
    const at = order.findIndex((existing) => existing.code === item.code);
    if (at === -1) order.push(item);
    else if (order[at]?.requirement === 'OPTIONAL' && item.requirement === 'REQUIRED') order[at] = item;
  }
  return order;
}

export function withReceived(items: readonly ChecklistItem[], receivedCodes: readonly string[]): ReceivedChecklistItem[] {
  return items.map((item) => ({ ...item, received: receivedCodes.includes(item.code) }));
}

/** R-ATT-3: what still blocks submission, each item named. */
export function missingRequired(items: readonly ReceivedChecklistItem[]): ReceivedChecklistItem[] {
  return items.filter((item) => item.requirement === 'REQUIRED' && !item.received);
}
