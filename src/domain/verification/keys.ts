import { z } from 'zod';

/**
 * Signing keys (R-PLUS-1): one ACTIVE key signs; rotation retires it, and a retired key still verifies what it
 * signed while it was active. A REVOKED key (compromised) verifies nothing.
 */
export const SIGNING_KEY_STATUSES = ['ACTIVE', 'RETIRED', 'REVOKED'] as const;
export const SigningKeyStatus = z.enum(SIGNING_KEY_STATUSES);
export type SigningKeyStatus = z.infer<typeof SigningKeyStatus>;

/** A published public key: a JWK (RFC 8037, OKP/Ed25519) with its status and the period it signed in. */
export const PublishedKey = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  alg: z.literal('EdDSA'),
  use: z.literal('sig'),
  kid: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  status: SigningKeyStatus,
  /** When it started signing. */
  validFrom: z.iso.datetime({ offset: true }),
  /** When it stopped signing (retired or revoked); null while active. */
  validTo: z.iso.datetime({ offset: true }).nullable(),
});
export type PublishedKey = z.infer<typeof PublishedKey>;

export const PublishedKeySet = z.object({ keys: z.array(PublishedKey) });
export type PublishedKeySet = z.infer<typeof PublishedKeySet>;
