import { ORGANIZATION_FILER_TYPES, type FilerType } from '../../domain/eligibility/index.js';
import type { ProcedureCode, StatusCode } from '../../domain/reference/index.js';
import type { AnswerScalar, Condition, FieldDefinition, FieldOption, FieldType } from '../types.js';

/** The procedures whose paper forms carry a status-specific part and an organisation part (所属機関等作成用). */
export const STATUS_PART_PROCEDURES = ['COE', 'CHANGE', 'EXTENSION', 'ACQUISITION'] as const satisfies readonly ProcedureCode[];

/** R-FORM-1: the organisation's part is filled online only by organisation staff and intermediaries (R-ELIG-8). */
export const ORGANIZATION_PART_FILERS: readonly FilerType[] = [...ORGANIZATION_FILER_TYPES, 'LAWYER_SCRIVENER'];

const onStatusProcedures: Condition = { procedure: STATUS_PART_PROCEDURES };

/** A status-specific page of the applicant's part, for the given statuses. */
export function applicantPartFor(statuses: readonly StatusCode[] | Condition): Condition {
  return { all: [onStatusProcedures, statusCondition(statuses)] };
}

/** An organisation-part page (所属機関等作成用), for the given statuses, when the filer fills that part. */
export function organizationPartFor(statuses: readonly StatusCode[] | Condition): Condition {
  return { all: [onStatusProcedures, { filer: ORGANIZATION_PART_FILERS }, statusCondition(statuses)] };
}

function statusCondition(statuses: readonly StatusCode[] | Condition): Condition {
  return isStatusList(statuses) ? { status: statuses } : statuses;
}

function isStatusList(value: readonly StatusCode[] | Condition): value is readonly StatusCode[] {
  return Array.isArray(value);
}

type FieldOptions = Omit<FieldDefinition, 'id' | 'type' | 'labelKey' | 'hintKey'> & { hint?: boolean };

/**
 * A field whose message keys derive from its id: `<id>.label` and, with `hint`, `<id>.hint`. Keys never end where
 * another key continues (no key is a dotted prefix of another), so they also work with nested i18n resources.
 */
export function field(id: string, type: FieldType, options: FieldOptions = {}): FieldDefinition {
  const { hint, ...rest } = options;
  return { id, type, labelKey: `${id}.label`, ...(hint ? { hintKey: `${id}.hint` } : {}), ...rest };
}

/** A column of a repeating group: its id is relative to the row, its keys live under the group's id. */
export function column(groupId: string, id: string, type: FieldType, options: FieldOptions = {}): FieldDefinition {
  const { hint, ...rest } = options;
  return { id, type, labelKey: `${groupId}.${id}.label`, ...(hint ? { hintKey: `${groupId}.${id}.hint` } : {}), ...rest };
}

/** Options whose texts live under one option set: `<set>.option.<value>`. */
export function options(set: string, values: readonly string[]): FieldOption[] {
  return values.map((value) => ({ value, labelKey: `${set}.option.${value}` }));
}

/** A field whose texts are shared by several groups (the same question asked on more than one 区分's page). */
export function sharedField(id: string, keyBase: string, type: FieldType, options: FieldOptions = {}): FieldDefinition {
  const { hint, ...rest } = options;
  return { id, type, labelKey: `${keyBase}.label`, ...(hint ? { hintKey: `${keyBase}.hint` } : {}), ...rest };
}

export const isYes = (id: string): Condition => ({ field: id, equals: true });
export const equals = (id: string, value: AnswerScalar): Condition => ({ field: id, equals: value });
export const oneOf = (id: string, values: readonly string[]): Condition => ({ field: id, in: values });
