import { asc } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AccountKind, OfficerRole } from '../../../domain/auth/roles.js';
import type { TestApp } from '../../../../test/helpers/app.js';
import { normalisePassword } from '../../../domain/auth/password-policy.js';
import { auditLog, outbox } from '../../db/schema.js';
import { createAccount } from './account-factory.js';
import type { Account } from './account-repository.js';
import { hashPassword } from './password-hashing.js';
import { secretBoxFor } from './totp-secrets.js';
import { generateTotpSecret, totpCode } from './totp.js';

/**
 * A cookie-keeping client over app.inject, as a browser would behave: it keeps the __Host- cookies the
 * server sets (and drops cleared ones) and sends the CSRF token on state changes. For every feature's tests.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(
    private readonly app: FastifyInstance,
    /** The client's address as the server sees it (default 127.0.0.1). */
    private readonly remoteAddress?: string,
  ) {}

  async request(options: InjectOptions & { method: string; url: string }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (options.method !== 'GET' && options.method !== 'HEAD') headers['x-csrf-token'] = await this.csrf();
    const res = await this.app.inject({ ...options, headers, cookies: Object.fromEntries(this.cookies), remoteAddress: this.remoteAddress });
    this.keepCookies(res);
    return res;
  }

  get(url: string): Promise<LightMyRequestResponse> {
    return this.request({ method: 'GET', url });
  }

  post(url: string, payload?: unknown): Promise<LightMyRequestResponse> {
    return this.request({ method: 'POST', url, payload: payload === undefined ? {} : (payload as InjectOptions['payload']) });
  }

  sessionCookie(): string | undefined {
    return this.cookies.get('__Host-session');
  }

  private async csrf(): Promise<string> {
    if (this.csrfToken && this.cookies.has('__Host-csrf')) return this.csrfToken;
    const res = await this.app.inject({ method: 'GET', url: '/api/v1/csrf-token', cookies: Object.fromEntries(this.cookies), remoteAddress: this.remoteAddress });
    this.keepCookies(res);
    this.csrfToken = String(res.json().token);
    return this.csrfToken;
  }

  private keepCookies(res: LightMyRequestResponse): void {
    for (const cookie of res.cookies) {
      const expired = cookie.maxAge === 0 || (cookie.expires instanceof Date && cookie.expires.getTime() <= Date.now()) || cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }
}

export interface SeededAccount {
  account: Account;
  password: string;
  totpSecret: Buffer | null;
}

export async function seedAccount(
  t: TestApp,
  options: { kind?: AccountKind; officerRole?: OfficerRole; office?: string; password?: string; email?: string; withTotp?: boolean; authIdExpiresAt?: Date } = {},
): Promise<SeededAccount> {
  const kind = options.kind ?? 'OFFICER';
  const password = options.password ?? 'correct horse battery staple 42';
  const totpSecret = options.withTotp === false ? null : generateTotpSecret();
  const account = await t.ctx.database.db.transaction(async (tx) =>
    createAccount(tx, t.clock, {
      kind,
      officerRole: kind === 'OFFICER' ? (options.officerRole ?? 'EXAMINER') : null,
      office: kind === 'OFFICER' ? (options.office ?? 'TOKYO') : null,
      displayName: 'Test Person',
      email: options.email ?? `person-${Math.random().toString(36).slice(2)}@example.test`,
      passwordHash: await hashPassword(normalisePassword(password)),
      totpSecret: totpSecret ? secretBoxFor(t.ctx.config).seal(totpSecret) : null,
      authIdExpiresAt: options.authIdExpiresAt ?? null,
    }),
  );
  return { account, password, totpSecret };
}

/** Signs in with password and TOTP; moves the clock to the next 30-second step first, as a code is accepted once. */
export async function signIn(t: TestApp, browser: TestBrowser, seeded: SeededAccount): Promise<void> {
  const first = await browser.post('/api/v1/sign-in', { authId: seeded.account.authId, password: seeded.password });
  if (first.statusCode !== 200) throw new Error(`sign-in failed: ${first.statusCode} ${first.body}`);
  if (!seeded.totpSecret) throw new Error('account has no TOTP secret');
  t.clock.advance(30_000);
  const second = await browser.post('/api/v1/sign-in/second-factor', { code: totpCode(seeded.totpSecret, t.clock.now()) });
  if (second.statusCode !== 200) throw new Error(`second factor failed: ${second.statusCode} ${second.body}`);
}

export async function signedInBrowser(t: TestApp, options: Parameters<typeof seedAccount>[1] = {}): Promise<{ browser: TestBrowser; seeded: SeededAccount }> {
  const seeded = await seedAccount(t, options);
  const browser = new TestBrowser(t.app);
  await signIn(t, browser, seeded);
  return { browser, seeded };
}

/** Mail queued in the outbox for an address (what the user would receive), oldest first. */
export async function queuedMailTo(t: TestApp, address: string): Promise<{ subject: string; text: string }[]> {
  const rows = await t.ctx.database.db.select().from(outbox).orderBy(asc(outbox.id));
  return rows
    .map((r) => r.payload as { to?: string; subject?: string; text?: string })
    .filter((p) => p.to === address)
    .map((p) => ({ subject: String(p.subject), text: String(p.text) }));
}

export function tokenFromMail(text: string): string {
  const match = /#token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error('no token link in the mail');
  return match[1];
}

export async function auditActions(t: TestApp): Promise<{ action: string; outcome: string; actorType: string; subjectId: string | null; ipAddress: string | null }[]> {
  const rows = await t.ctx.database.db.select().from(auditLog).orderBy(asc(auditLog.id));
  return rows.map((r) => ({ action: r.action, outcome: r.outcome, actorType: r.actorType, subjectId: r.subjectId, ipAddress: r.ipAddress }));
}
