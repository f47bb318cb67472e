import type { Config } from '../../config.js';
import { SecretBox } from './secret-box.js';
import { base32Encode, generateTotpSecret, otpauthUri } from './totp.js';
import { formatAuthId } from '../../../domain/auth/auth-id.js';

const boxes = new WeakMap<Config, SecretBox>();

export function secretBoxFor(config: Config): SecretBox {
  let box = boxes.get(config);
  if (!box) {
    box = new SecretBox(config.totpEncryptionKey);
    boxes.set(config, box);
  }
  return box;
}

export interface TotpEnrolment {
  /** Sealed, for the session row until the first code confirms it. */
  sealed: string;
  secret: string;
  otpauthUri: string;
}

export function newTotpEnrolment(config: Config, authId: string): TotpEnrolment {
  const secret = generateTotpSecret();
  return {
    sealed: secretBoxFor(config).seal(secret),
    secret: base32Encode(secret),
    otpauthUri: otpauthUri(secret, formatAuthId(authId), 'Zairyu Online'),
  };
}

export function describeEnrolment(config: Config, sealed: string, authId: string): Omit<TotpEnrolment, 'sealed'> {
  const secret = secretBoxFor(config).open(sealed);
  return { secret: base32Encode(secret), otpauthUri: otpauthUri(secret, formatAuthId(authId), 'Zairyu Online') };
}
