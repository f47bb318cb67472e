import { z } from 'zod';
import type { OtherName } from './der.js';

/**
 * The 4 basic facts (基本4情報) as the JPKI signature certificate carries them: subjectAltName otherName entries
 * under the JPKI personal-data arc 1.2.392.200149.8.5.5, each value a UTF8String (J-LIS certificate profile).
 *   .1 name (氏名)          the name as registered
 *   .3 sex (性別)           "1" male, "2" female
 *   .4 date of birth (生年月日) "EYYYYMMDD": an era digit (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和) and the
 *                            Gregorian date; only the Gregorian digits are read back
 *   .5 address (住所)        the address as registered
 * The authentication certificate carries none of them.
 */
export const JPKI_OID = {
  name: '1.2.392.200149.8.5.5.1',
  sex: '1.2.392.200149.8.5.5.3',
  dateOfBirth: '1.2.392.200149.8.5.5.4',
  address: '1.2.392.200149.8.5.5.5',
} as const;

/**
 * This project's own arc (a UUID OID, ITU-T X.667), for things real JPKI certificates do not have: the
 * development-only marker policy and the optional name in kana that the software card may carry.
 */
export const DEV_OID_ARC = '2.25.319632993468657797863045785600812576330';
export const DEV_OID = {
  developmentOnlyPolicy: `${DEV_OID_ARC}.1`,
  nameKana: `${DEV_OID_ARC}.3.1`,
} as const;

export const CardSex = z.enum(['M', 'F']);
export type CardSex = z.infer<typeof CardSex>;

export const BasicFacts = z.object({
  name: z.string().trim().min(1).max(200),
  nameKana: z.string().trim().min(1).max(200).optional(),
  sex: CardSex,
  dateOfBirth: z.iso.date(),
  address: z.string().trim().min(1).max(400),
});
export type BasicFacts = z.infer<typeof BasicFacts>;

const SEX_CODE: Record<CardSex, string> = { M: '1', F: '2' };

/** First day of each era, Gregorian, with its digit; newest first. */
const ERAS: ReadonlyArray<{ digit: string; from: string }> = [
  { digit: '5', from: '2019-05-01' },
  { digit: '4', from: '1989-01-08' },
  { digit: '3', from: '1926-12-25' },
  { digit: '2', from: '1912-07-30' },
  { digit: '1', from: '1868-01-25' },
];

export function encodeDateOfBirth(isoDate: string): string {
  const era = ERAS.find((e) => isoDate >= e.from);
  if (!era) throw new Error('date of birth before 明治 cannot be encoded');
  return `${era.digit}${isoDate.replace(/-/g, '')}`;
}

export function decodeDateOfBirth(value: string): string | undefined {
  const match = /^[1-5]([0-9]{4})([0-9]{2})([0-9]{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const iso = `${y}-${m}-${d}`;
  const date = new Date(`${iso}T00:00:00Z`);
  // Unknown parts (00) and impossible dates fail closed: the facts must be exact.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

export function encodeBasicFacts(facts: BasicFacts): OtherName[] {
  const names: OtherName[] = [
    { oid: JPKI_OID.name, value: facts.name },
    { oid: JPKI_OID.sex, value: SEX_CODE[facts.sex] },
    { oid: JPKI_OID.dateOfBirth, value: encodeDateOfBirth(facts.dateOfBirth) },
    { oid: JPKI_OID.address, value: facts.address },
  ];
  if (facts.nameKana) names.push({ oid: DEV_OID.nameKana, value: facts.nameKana });
  return names;
}

/** The facts from the otherName entries, or undefined when one is missing, repeated or unreadable. */
export function decodeBasicFacts(names: readonly OtherName[]): BasicFacts | undefined {
  const one = (oid: string): string | undefined => {
    const values = names.filter((n) => n.oid === oid).map((n) => n.value);
    return values.length === 1 ? values[0] : undefined;
  };
  if (names.filter((n) => n.oid === DEV_OID.nameKana).length > 1) return undefined;
  const sexCode = one(JPKI_OID.sex);
  const sex = sexCode === '1' ? 'M' : sexCode === '2' ? 'F' : undefined;
  const dob = one(JPKI_OID.dateOfBirth);
  const parsed = BasicFacts.safeParse({
    name: one(JPKI_OID.name),
    nameKana: one(DEV_OID.nameKana),
    sex,
    dateOfBirth: dob === undefined ? undefined : decodeDateOfBirth(dob),
    address: one(JPKI_OID.address),
  });
  return parsed.success ? parsed.data : undefined;
}
