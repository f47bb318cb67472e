/**
 * The two certificates of a My Number card (R-AUTH-1), each with its own key, its own secret and its own CA:
 * the signature certificate (署名用電子証明書, password) and the user-authentication certificate
 * (利用者証明用電子証明書, 4-digit PIN).
 */
export const CARD_SLOTS = ['SIGNATURE', 'AUTHENTICATION'] as const;
export type CardSlot = (typeof CARD_SLOTS)[number];

export function otherSlot(slot: CardSlot): CardSlot {
  return slot === 'SIGNATURE' ? 'AUTHENTICATION' : 'SIGNATURE';
}

/** Wrong entries before a secret locks (R-AUTH-1): the PIN after 3, the signature password after 5. */
export const LOCK_AFTER: Record<CardSlot, number> = { AUTHENTICATION: 3, SIGNATURE: 5 };

/** 4 digits. */
export function isValidPin(pin: string): boolean {
  return /^[0-9]{4}$/.test(pin);
}

/** 6–16 characters of A–Z and 0–9, with at least one letter and one digit. */
export function isValidSignaturePassword(password: string): boolean {
  return /^[A-Z0-9]{6,16}$/.test(password) && /[A-Z]/.test(password) && /[0-9]/.test(password);
}
