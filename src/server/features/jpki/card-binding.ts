import type { FastifyReply, FastifyRequest } from 'fastify';
import { NONCE_TTL_MS } from '../../../domain/jpki/index.js';
import { hostCookieOptions } from '../../plugins/security.js';
import { newToken, sha256Hex } from '../accounts/tokens.js';

/**
 * Card challenges are issued before anyone is signed in (registration, card sign-in), and the session plugin
 * creates sessions only at sign-in. So a nonce is bound to this short-lived cookie instead: 256 random bits,
 * HttpOnly, `__Host-`, SameSite=Strict. Being unguessable it needs no signature; the nonce store keeps only its
 * SHA-256, and a nonce presented without the cookie that asked for it is refused (NONCE_WRONG_SESSION).
 */
export const CARD_BINDING_COOKIE = '__Host-jpki';
const BINDING_MAX_AGE_SECONDS = Math.ceil((2 * NONCE_TTL_MS) / 1000);
const BINDING_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The binding this browser already has, if any. */
export function readCardBinding(request: FastifyRequest): string | undefined {
  const existing = request.cookies[CARD_BINDING_COOKIE];
  return existing && BINDING_PATTERN.test(existing) ? existing : undefined;
}

/** The binding of this browser, created when missing; its lifetime restarts with every challenge. */
export function ensureCardBinding(request: FastifyRequest, reply: FastifyReply): string {
  const binding = readCardBinding(request) ?? newToken();
  reply.setCookie(CARD_BINDING_COOKIE, binding, hostCookieOptions({ sameSite: 'strict', maxAge: BINDING_MAX_AGE_SECONDS }));
  return binding;
}

/** The nonce store's session id for a binding (it hashes it again). */
export function nonceSessionOf(binding: string): string {
  return `card-binding:${binding}`;
}

export function bindingHashOf(binding: string): string {
  return sha256Hex(`card-binding:${binding}`);
}
