/**
 * 法人番号 (National Tax Agency): 13 digits, the first a check digit over the other 12:
 * check = 9 − (Σ digit × (1 if its position from the right is odd, 2 if even)) mod 9.
 */
export function corporateNumberCheckDigit(base12: string): number {
  if (!/^\d{12}$/.test(base12)) throw new Error('a corporate number base has 12 digits');
  let sum = 0;
  for (let i = 0; i < 12; i += 1) {
    const positionFromRight = 12 - i;
    sum += Number(base12[i]) * (positionFromRight % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/** Full-width digits and the hyphens or spaces people type between groups are accepted. */
export function normaliseCorporateNumber(input: string): string {
  return input.normalize('NFKC').replace(/[\s\-‐−ー]/g, '');
}

export function isValidCorporateNumber(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  return Number(value[0]) === corporateNumberCheckDigit(value.slice(1));
}
