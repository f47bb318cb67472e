import { describe, expect, it } from 'vitest';
import { MAIN_PROCEDURE_CODES, STATUS_CODES, type ProcedureCode, type StatusCode } from '../reference/index.js';
import {
  RECEIPT_METHODS, ReceiptMethod, isPassportStickerCase, isReceiptMethodAllowed, receiptMethodName, receiptMethodsFor,
} from './index.js';

const CARD = ['CARD_BY_MAIL', 'CARD_AT_COUNTER'];
const COE = ['COE_BY_EMAIL', 'COE_BY_MAIL'];
const COUNTER = ['COUNTER_PASSPORT'];

/** R-ATT-4 and seeds 001/002/004, written out: main procedure → (status not 公用, no re-entry) methods. */
const EXPECTED: Record<(typeof MAIN_PROCEDURE_CODES)[number], string[]> = {
  COE, CHANGE: CARD, EXTENSION: CARD, ACQUISITION: CARD, WORK_CERT: CARD,
};

const additions: ProcedureCode[][] = [[], ['REENTRY'], ['OUTSIDE_ACTIVITY'], ['REENTRY', 'OUTSIDE_ACTIVITY']];
const cases = MAIN_PROCEDURE_CODES.flatMap((main) => additions.map((extra) => [main, extra] as const));

describe('R-ATT-4 receipt methods per procedure and status', () => {
  it.each(cases)('%s with %j, every status', (main, extra) => {
    for (const status of STATUS_CODES) {
      const procedures = [main, ...extra];
      const sticker = ['CHANGE', 'EXTENSION', 'ACQUISITION'].includes(main) && (extra.includes('REENTRY') || status === 'OFFICIAL');
      expect(receiptMethodsFor({ procedures, status }), status).toEqual(sticker ? COUNTER : EXPECTED[main]);
      for (const method of RECEIPT_METHODS) {
        expect(isReceiptMethodAllowed({ procedures, status }, method)).toBe(receiptMethodsFor({ procedures, status }).includes(method));
      }
    }
  });

  it('passport-sticker cases: re-entry (the permission is a sticker) and 公用 (no residence card)', () => {
    const check = (procedures: ProcedureCode[], status: StatusCode) => isPassportStickerCase({ procedures, status });
    expect(check(['EXTENSION', 'REENTRY'], 'ENGINEER_HUMANITIES_INTL')).toBe(true);
    expect(check(['EXTENSION'], 'OFFICIAL')).toBe(true);
    expect(check(['EXTENSION', 'OUTSIDE_ACTIVITY'], 'STUDENT')).toBe(false); // printed permission by mail since 2024-01 (seed 004)
    expect(check(['CHANGE'], 'SPOUSE_OF_JAPANESE')).toBe(false);
  });

  it('a COE can be received by email (R-RES-2) even for 公用, and a filing without a main procedure has no method', () => {
    expect(receiptMethodsFor({ procedures: ['COE'], status: 'OFFICIAL' })).toEqual(COE);
    expect(receiptMethodsFor({ procedures: ['REENTRY'], status: 'STUDENT' })).toEqual([]);
  });

  it('every method has a name in both languages; the card methods name the certificate for a work certificate', () => {
    for (const method of RECEIPT_METHODS) {
      for (const procedures of [['EXTENSION'], ['WORK_CERT']] as ProcedureCode[][]) {
        const name = receiptMethodName(method, procedures);
        expect(name.ja).not.toBe('');
        expect(name.en).not.toBe('');
      }
    }
    expect(receiptMethodName('CARD_BY_MAIL', ['WORK_CERT']).ja).toContain('就労資格証明書');
    expect(receiptMethodName('CARD_BY_MAIL', ['EXTENSION']).ja).toContain('在留カード');
  });

  it('the schema accepts exactly the five methods', () => {
    for (const method of RECEIPT_METHODS) expect(ReceiptMethod.safeParse(method).success).toBe(true);
    expect(ReceiptMethod.safeParse('BY_PIGEON').success).toBe(false);
  });
});
