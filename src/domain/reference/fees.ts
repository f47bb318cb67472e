import type { ProcedureCode } from './procedures.js';

/** Fee variants: re-entry is single or multiple; every other procedure has one fee. */
export type FeeVariant = 'STANDARD' | 'SINGLE' | 'MULTIPLE';

export interface FeeRow {
  procedure: ProcedureCode;
  variant: FeeVariant;
  /** JST calendar date (inclusive) from which the row applies, by the date the application was received. */
  validFrom: string;
  /** Yen, paid by revenue stamp only on approval (R-RES-1). */
  counterYen: number;
  onlineYen: number;
}

const OLD = '1900-01-01';
const REVISION_2025 = '2025-04-01';

/** Dated fee table (SPEC §2.1). Procedures absent here are free. */
export const FEE_TABLE: readonly FeeRow[] = [
  { procedure: 'CHANGE', variant: 'STANDARD', validFrom: OLD, counterYen: 4000, onlineYen: 4000 },
  { procedure: 'EXTENSION', variant: 'STANDARD', validFrom: OLD, counterYen: 4000, onlineYen: 4000 },
  { procedure: 'WORK_CERT', variant: 'STANDARD', validFrom: OLD, counterYen: 1200, onlineYen: 1200 },
  { procedure: 'REENTRY', variant: 'SINGLE', validFrom: OLD, counterYen: 3000, onlineYen: 3000 },
  { procedure: 'REENTRY', variant: 'MULTIPLE', validFrom: OLD, counterYen: 6000, onlineYen: 6000 },
  { procedure: 'CHANGE', variant: 'STANDARD', validFrom: REVISION_2025, counterYen: 6000, onlineYen: 5500 },
  { procedure: 'EXTENSION', variant: 'STANDARD', validFrom: REVISION_2025, counterYen: 6000, onlineYen: 5500 },
  { procedure: 'WORK_CERT', variant: 'STANDARD', validFrom: REVISION_2025, counterYen: 2000, onlineYen: 1600 },
  { procedure: 'REENTRY', variant: 'SINGLE', validFrom: REVISION_2025, counterYen: 4000, onlineYen: 3500 },
  { procedure: 'REENTRY', variant: 'MULTIPLE', validFrom: REVISION_2025, counterYen: 7000, onlineYen: 6500 },
];

export const FREE_PROCEDURES = ['COE', 'ACQUISITION', 'OUTSIDE_ACTIVITY'] as const satisfies readonly ProcedureCode[];

export interface Fee {
  procedure: ProcedureCode;
  variant: FeeVariant;
  counterYen: number;
  onlineYen: number;
  validFrom: string | null;
}

/** The fee for an application received on `receivedOn` (JST date, YYYY-MM-DD). */
export function feeFor(procedure: ProcedureCode, variant: FeeVariant, receivedOn: string): Fee {
  const rows = FEE_TABLE.filter((r) => r.procedure === procedure && r.variant === variant && r.validFrom <= receivedOn);
  const row = rows.reduce<FeeRow | undefined>((best, r) => (!best || r.validFrom > best.validFrom ? r : best), undefined);
  if (!row) return { procedure, variant, counterYen: 0, onlineYen: 0, validFrom: null };
  return { procedure, variant, counterYen: row.counterYen, onlineYen: row.onlineYen, validFrom: row.validFrom === OLD ? null : row.validFrom };
}

/** Every fee valid on a date, for the reference API and the home page. */
export function feesOn(date: string): Fee[] {
  const keys = [...new Set(FEE_TABLE.map((r) => `${r.procedure}:${r.variant}`))];
  const paid = keys.map((k) => {
    const [procedure, variant] = k.split(':') as [ProcedureCode, FeeVariant];
    return feeFor(procedure, variant, date);
  });
  const free = FREE_PROCEDURES.map((procedure): Fee => ({ procedure, variant: 'STANDARD', counterYen: 0, onlineYen: 0, validFrom: null }));
  return [...free, ...paid];
}
