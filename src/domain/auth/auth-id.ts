/**
 * The 認証ID: 11 random characters and a check character, from an alphabet without look-alikes
 * (no 0/O, 1/I/L, and no U so that the alphabet has an even size, which Luhn mod N needs), shown as XXXX-XXXX-XXXX. Input is normalised (full-width, lower case, spaces and
 * hyphens), and the check character (Luhn mod N) catches every single mistyped character.
 */
export const AUTH_ID_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
const N = AUTH_ID_ALPHABET.length;
export const AUTH_ID_LENGTH = 12;
/** R-ORG-3: an organisation's 認証ID is valid 3 years from approval or from its last periodic report. */
export const ORGANISATION_AUTH_ID_VALIDITY_YEARS = 3;

const SEPARATORS = /[\s\-‐‑‒–—―−ー－]/g;

export function normaliseAuthId(input: string): string {
  return input.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
}

function luhnCheckIndex(body: string): number {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i -= 1) {
    const code = AUTH_ID_ALPHABET.indexOf(body.charAt(i));
    const product = factor * code;
    sum += Math.floor(product / N) + (product % N);
    factor = factor === 2 ? 1 : 2;
  }
  return (N - (sum % N)) % N;
}

export function isValidAuthId(input: string): boolean {
  const id = normaliseAuthId(input);
  if (id.length !== AUTH_ID_LENGTH || [...id].some((c) => !AUTH_ID_ALPHABET.includes(c))) return false;
  return AUTH_ID_ALPHABET.charAt(luhnCheckIndex(id.slice(0, -1))) === id.slice(-1);
}

/** Builds a new ID from a uniform random source (the server passes crypto.randomInt). */
export function buildAuthId(randomIndex: (bound: number) => number): string {
  let body = '';
  for (let i = 0; i < AUTH_ID_LENGTH - 1; i += 1) body += AUTH_ID_ALPHABET.charAt(randomIndex(N));
  return body + AUTH_ID_ALPHABET.charAt(luhnCheckIndex(body));
}

export function formatAuthId(input: string): string {
  const id = normaliseAuthId(input);
  return id.match(/.{1,4}/g)?.join('-') ?? id;
}

/** R-ORG-3: an expired 認証ID cannot sign in. */
export function isAuthIdExpired(expiresAt: Date | null, now: Date): boolean {
  return expiresAt !== null && now.getTime() >= expiresAt.getTime();
}
