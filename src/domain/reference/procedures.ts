/** The seven online procedures (SPEC §2.1). */
export const PROCEDURE_CODES = ['COE', 'CHANGE', 'EXTENSION', 'ACQUISITION', 'WORK_CERT', 'REENTRY', 'OUTSIDE_ACTIVITY'] as const;
export type ProcedureCode = (typeof PROCEDURE_CODES)[number];

export const MAIN_PROCEDURE_CODES = ['COE', 'CHANGE', 'EXTENSION', 'ACQUISITION', 'WORK_CERT'] as const satisfies readonly ProcedureCode[];
export type MainProcedureCode = (typeof MAIN_PROCEDURE_CODES)[number];

export interface Procedure {
  code: ProcedureCode;
  number: number;
  nameJa: string;
  nameEn: string;
  /** Re-entry and outside activity are filed only together with a change, extension or acquisition (R-ELIG-3). */
  standAlone: boolean;
}

export const PROCEDURES: readonly Procedure[] = [
  { code: 'COE', number: 1, nameJa: '在留資格認定証明書交付申請', nameEn: 'Certificate of Eligibility', standAlone: true },
  { code: 'CHANGE', number: 2, nameJa: '在留資格変更許可申請', nameEn: 'Change of Status of Residence', standAlone: true },
  { code: 'EXTENSION', number: 3, nameJa: '在留期間更新許可申請', nameEn: 'Extension of Period of Stay', standAlone: true },
  { code: 'ACQUISITION', number: 4, nameJa: '在留資格取得許可申請', nameEn: 'Permission to Acquire Status of Residence', standAlone: true },
  { code: 'WORK_CERT', number: 5, nameJa: '就労資格証明書交付申請', nameEn: 'Certificate of Authorized Employment', standAlone: true },
  { code: 'REENTRY', number: 6, nameJa: '再入国許可申請', nameEn: 'Re-entry Permission', standAlone: false },
  {
    code: 'OUTSIDE_ACTIVITY',
    number: 7,
    nameJa: '資格外活動許可申請',
    nameEn: 'Permission to Engage in an Activity Other Than That Permitted under the Status of Residence Previously Granted',
    standAlone: false,
  },
];

/** Procedures that re-entry and outside activity may accompany (R-ELIG-3). */
export const ACCOMPANIABLE_PROCEDURES = ['CHANGE', 'EXTENSION', 'ACQUISITION'] as const satisfies readonly ProcedureCode[];

export function getProcedure(code: ProcedureCode): Procedure {
  const found = PROCEDURES.find((p) => p.code === code);
  if (!found) throw new Error(`unknown procedure ${code}`);
  return found;
}

export function isMainProcedure(code: ProcedureCode): code is MainProcedureCode {
  return (MAIN_PROCEDURE_CODES as readonly ProcedureCode[]).includes(code);
}
