import {
  CARD_KEY_ALGORITHM, SealedSlotContent, bufferOf, challengeMessage, fromBase64, openSecret, sealContext, toBase64Url,
  type CardSlot,
} from '../../../domain/jpki/index.js';
import type { IssuedCard } from './dev-ca.js';
import type { CardResponse } from './verify.js';

/**
 * Signs a challenge with an issued card's own keys, as a card client would; for server tests that do not need the
 * browser module. Tests issue cards with a low kdfIterations to stay fast.
 */
export async function respondWithCard(card: IssuedCard, slot: CardSlot, nonce: string): Promise<CardResponse> {
  const sealed = slot === 'SIGNATURE' ? card.file.signature.sealed : card.file.authentication.sealed;
  const secret = slot === 'SIGNATURE' ? card.password : card.pin;
  const opened = await openSecret(crypto.subtle, sealed, secret, sealContext(card.serial, slot));
  if (!opened) throw new Error('the card secret did not open the sealed key');
  const content = SealedSlotContent.parse(JSON.parse(new TextDecoder().decode(opened)));
  const key = await crypto.subtle.importKey('pkcs8', bufferOf(fromBase64(content.privateKey)), { name: CARD_KEY_ALGORITHM.name, hash: CARD_KEY_ALGORITHM.hash }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign(CARD_KEY_ALGORITHM.name, key, bufferOf(challengeMessage(slot, nonce))));
  const certificate = slot === 'SIGNATURE' ? content.certificate : card.file.authentication.certificate;
  if (!certificate) throw new Error('the signature slot holds no certificate');
  return { certificate, signature: toBase64Url(signature) };
}
