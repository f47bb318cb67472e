import { ISSUANCE_UNIT, OFFICES, OFFICE_CODES } from '../reference/bureaus.js';

/** Words about the service itself: a password made only of these (plus digits and symbols) is refused (R-AUTH-6). */
const SERVICE_WORDS = [
  '入管', '出入国在留管理庁', '出入国在留管理局', '出入国在留管理', '出入国管理', '在留申請', '在留', '入国管理局',
  'zairyu', 'immigration', 'nyukan', 'nyuukan', 'residence', 'online', 'bureau', 'odaiba', 'お台場',
];

function japanesePlaceNames(): string[] {
  return OFFICES.flatMap((o) => o.nameJa.split('出入国在留管理局').map((part) => part.replace(/支局$/, '')));
}

function englishNameWords(): string[] {
  const names = [...OFFICES.map((o) => o.nameEn), ISSUANCE_UNIT.nameEn];
  return names.flatMap((n) => n.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length >= 4);
}

/** Longest first, so a longer word is removed before a word it contains. */
export const SERVICE_CONTEXT_WORDS: readonly string[] = [
  ...new Set([
    ...SERVICE_WORDS,
    ...OFFICES.map((o) => o.nameJa),
    ISSUANCE_UNIT.nameJa,
    ...japanesePlaceNames(),
    ...englishNameWords(),
    ...OFFICE_CODES.map((c) => c.toLowerCase()),
  ].map((w) => w.normalize('NFKC').toLowerCase()).filter((w) => w.length > 0)),
].sort((a, b) => b.length - a.length);

/** The words about one account: its 認証ID and the local part of its email address. */
export function identityContextWords(input: { authId?: string | null; email?: string | null }): string[] {
  const words: string[] = [];
  if (input.authId) {
    const id = input.authId.normalize('NFKC').toLowerCase();
    words.push(id, id.replace(/-/g, ''));
  }
  const local = input.email?.split('@')[0]?.normalize('NFKC').toLowerCase();
  if (local && local.length >= 4) words.push(local);
  return words;
}
