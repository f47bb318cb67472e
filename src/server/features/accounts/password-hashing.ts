import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

/**
 * Argon2id with the OWASP minimum (m = 19 MiB, t = 2, p = 1). @node-rs/argon2 hashes on the libuv thread
 * pool, so the event loop keeps serving other requests while a password is checked.
 */
// Algorithm is an ambient const enum (not importable as a value under isolatedModules): 2 is Argon2id.
export const ARGON2_OPTIONS: Options = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(normalisedPassword: string): Promise<string> {
  return hash(normalisedPassword, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash, or — when there is no account or no password yet — against a
 * dummy hash with the same parameters, so an unknown 認証ID costs the same work as a known one (R-AUTH-8).
 */
export async function verifyPasswordOrDummy(storedHash: string | null | undefined, normalisedPassword: string): Promise<boolean> {
  if (storedHash) {
    try {
      return await verify(storedHash, normalisedPassword);
    } catch {
      return false;
    }
  }
  dummyHash ??= hash('dummy password for unknown accounts', ARGON2_OPTIONS);
  await verify(await dummyHash, normalisedPassword).catch(() => false);
  return false;
}
