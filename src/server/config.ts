import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { z } from 'zod';
import type { CardSlot } from '../domain/jpki/slots.js';
import { BUREAU_CODES, type BureauCode } from '../domain/reference/bureaus.js';

/**
 * The only reader of process.env. Every variable is validated at boot; a bad one stops the server with a
 * message naming it. Defaults run the whole system with no external service (DESIGN §3.7).
 */
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);
const optionalString = z.string().trim().min(1).optional();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: int(3000, 0).pipe(z.number().max(65535)),
  SERVER_PROCESSES: int(1, 1).pipe(z.number().max(64)),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL').optional(),
  PGLITE_DIR: z.string().default('var/db'),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().default('Zairyu Online <no-reply@zairyu.localhost>'),
  STORAGE_DIR: z.string().default('var/files'),
  S3_BUCKET: optionalString,
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().default('ap-northeast-1'),
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: bool.default(true),
  COOKIE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TOTP_ENCRYPTION_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  TRUSTED_PROXIES: z.string().default(''),
  GEO_RESTRICTION: bool.default(true),
  RATE_LIMIT_PER_MINUTE: int(600, 1),
  ELIGIBILITY_RATE_LIMIT_PER_MINUTE: int(300, 1),
  VERIFICATION_RATE_LIMIT_PER_MINUTE: int(30, 1),
  SIGNING_KEY_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  BODY_LIMIT_BYTES: int(1024 * 1024, 1024),
  UPLOAD_MAX_FILES: int(20, 1),
  UPLOAD_MAX_TOTAL_BYTES: int(25 * 1024 * 1024, 1),
  UPLOAD_MAX_FILE_BYTES: int(10 * 1024 * 1024, 1),
  UPLOAD_MAX_PDF_PAGES: int(100, 1),
  UPLOAD_MAX_IMAGE_PIXELS: int(40_000_000, 1),
  CLAMAV_HOST: optionalString,
  CLAMAV_PORT: int(3310, 1).pipe(z.number().max(65535)),
  CLAMAV_TIMEOUT_MS: int(30_000, 100),
  JOBS_POLL_MS: int(1000, 10),
  JOBS_ENABLED: bool.default(true),
  SEED_DEMO: bool.optional(),
  SERVE_WEB: bool.default(true),
  WEB_DIR: z.string().trim().min(1).default('dist/web'),
  JPKI_TRUST_DEV_CA: bool.optional(),
  JPKI_DEV_CA_DIR: z.string().trim().min(1).default('var/jpki-dev-ca'),
  JPKI_SIGNATURE_ROOTS: z.string().default(''),
  JPKI_AUTHENTICATION_ROOTS: z.string().default(''),
  JPKI_SIGNATURE_CRLS: z.string().default(''),
  JPKI_AUTHENTICATION_CRLS: z.string().default(''),
  TEST_CLOCK_CONTROL: bool.default(false),
  AUTO_ACCEPTANCE_OFF_BUREAUS: z.string().default(''),
  DECISION_APPROVAL_BUREAUS: z.string().default(''),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  host: string;
  port: number;
  /** Server processes sharing the port (node:cluster), one per core on PostgreSQL; 1 runs the server in this process. */
  processes: number;
  publicUrl: string;
  logLevel: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  mail: { kind: 'dev-mailbox'; from: string } | { kind: 'smtp'; url: string; from: string };
  storage:
    | { kind: 'local'; dir: string }
    | { kind: 's3'; bucket: string; endpoint?: string; region: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean };
  cookieSecret: string;
  /** Encrypts TOTP secrets at rest; defaults to the cookie secret (rotating that then voids enrolled TOTP). */
  totpEncryptionKey: string;
  trustedProxies: string[];
  geoRestriction: boolean;
  rateLimitPerMinute: number;
  eligibilityRateLimitPerMinute: number;
  /** R-PLUS-1: document checks per client address and minute (the public verification API). */
  verificationRateLimitPerMinute: number;
  /** Seals the Ed25519 signing keys of issued documents at rest (R-PLUS-1); the development value is refused in production. */
  signingKeySecret: string;
  bodyLimitBytes: number;
  uploads: {
    maxFiles: number; maxTotalBytes: number; maxFileBytes: number; maxPdfPages: number; maxImagePixels: number;
    /** R-ATT-2: clamd that scans every upload (INSTREAM over TCP); undefined when CLAMAV_HOST is unset (no scanning). */
    malwareScan?: { host: string; port: number; timeoutMs: number } | undefined;
  };
  jobs: { enabled: boolean; pollMs: number };
  seedDemo: boolean;
  serveWeb: boolean;
  /** The built web app served when serveWeb is on; a relative path is from the project root (src/server/plugins/web.ts). */
  webDir: string;
  /**
   * JPKI trust (R-AUTH-2): PEM root files and CRL files per slot. trustDevCa adds the development CA of the
   * software card (R-AUTH-3); it defaults to on outside production and can never be on in production (R-AUTH-9).
   */
  jpki: { trustDevCa: boolean; devCaDir: string; roots: Record<CardSlot, string[]>; crls: Record<CardSlot, string[]> };
  /** Browser journeys only: an adjustable clock moved by POST /api/test/clock; never in production. */
  testClockControl: boolean;
  /** R-SUB-2: bureaus whose complete submissions are accepted automatically the next JST day (default: all). */
  autoAcceptanceBureaus: BureauCode[];
  /** R-EXAM-4: bureaus where a decision needs a second officer's approval of the proposal (default: none). */
  decisionApprovalBureaus: BureauCode[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** A development-only cookie secret, so `npm start` needs no set-up; production must set COOKIE_SECRET. */
const DEVELOPMENT_COOKIE_SECRET = 'development-only-cookie-secret-not-for-production';
/** Seals the development signing keys; documents it signs must never verify as genuine in production. */
export const DEVELOPMENT_SIGNING_KEY_SECRET = 'development-only-signing-key-secret-not-for-production';

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const problems: string[] = [];
  if (isProduction && !e.COOKIE_SECRET) problems.push('COOKIE_SECRET: required in production (at least 32 random characters)');
  if (isProduction && !e.DATABASE_URL) problems.push('DATABASE_URL: required in production (PGlite is for development)');
  if (e.S3_BUCKET && (!e.S3_ACCESS_KEY_ID) !== (!e.S3_SECRET_ACCESS_KEY)) {
    problems.push('S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY: set both or neither');
  }
  const jpki = {
    trustDevCa: e.JPKI_TRUST_DEV_CA ?? !isProduction,
    devCaDir: e.JPKI_DEV_CA_DIR,
    roots: { SIGNATURE: pathList(e.JPKI_SIGNATURE_ROOTS), AUTHENTICATION: pathList(e.JPKI_AUTHENTICATION_ROOTS) },
    crls: { SIGNATURE: pathList(e.JPKI_SIGNATURE_CRLS), AUTHENTICATION: pathList(e.JPKI_AUTHENTICATION_CRLS) },
  };
  problems.push(...jpkiProblems(jpki, isProduction));
  if (isProduction && (!e.SIGNING_KEY_SECRET || e.SIGNING_KEY_SECRET === DEVELOPMENT_SIGNING_KEY_SECRET)) {
    problems.push('SIGNING_KEY_SECRET: required in production (at least 32 random characters, not the development value)');
  }
  if (isProduction && e.TEST_CLOCK_CONTROL) problems.push('TEST_CLOCK_CONTROL: the adjustable test clock cannot be enabled in production');
  if (e.SERVER_PROCESSES > 1 && !e.DATABASE_URL) problems.push('SERVER_PROCESSES: more than one process needs DATABASE_URL (PGlite belongs to one process)');
  if (e.SERVER_PROCESSES > 1 && e.TEST_CLOCK_CONTROL) problems.push('SERVER_PROCESSES: the adjustable test clock lives in one process; use 1 with TEST_CLOCK_CONTROL');
  const autoAcceptanceOff = pathList(e.AUTO_ACCEPTANCE_OFF_BUREAUS);
  for (const code of autoAcceptanceOff) {
    if (!(BUREAU_CODES as readonly string[]).includes(code)) problems.push(`AUTO_ACCEPTANCE_OFF_BUREAUS: ${code} is not one of ${BUREAU_CODES.join(', ')}`);
  }
  const decisionApproval = pathList(e.DECISION_APPROVAL_BUREAUS);
  for (const code of decisionApproval) {
    if (!(BUREAU_CODES as readonly string[]).includes(code)) problems.push(`DECISION_APPROVAL_BUREAUS: ${code} is not one of ${BUREAU_CODES.join(', ')}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: e.NODE_ENV,
    isProduction,
    host: e.HOST,
    port: e.PORT,
    processes: e.SERVER_PROCESSES,
    publicUrl: e.PUBLIC_URL.replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: e.PGLITE_DIR },
    mail: e.SMTP_URL ? { kind: 'smtp', url: e.SMTP_URL, from: e.MAIL_FROM } : { kind: 'dev-mailbox', from: e.MAIL_FROM },
    storage: e.S3_BUCKET
      ? {
          kind: 's3', bucket: e.S3_BUCKET, endpoint: e.S3_ENDPOINT, region: e.S3_REGION,
          accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY, forcePathStyle: e.S3_FORCE_PATH_STYLE,
        }
      : { kind: 'local', dir: e.STORAGE_DIR },
    cookieSecret: e.COOKIE_SECRET ?? DEVELOPMENT_COOKIE_SECRET,
    totpEncryptionKey: e.TOTP_ENCRYPTION_KEY ?? e.COOKIE_SECRET ?? DEVELOPMENT_COOKIE_SECRET,
    trustedProxies: e.TRUSTED_PROXIES.split(',').map((s) => s.trim()).filter(Boolean),
    geoRestriction: e.GEO_RESTRICTION,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    eligibilityRateLimitPerMinute: e.ELIGIBILITY_RATE_LIMIT_PER_MINUTE,
    verificationRateLimitPerMinute: e.VERIFICATION_RATE_LIMIT_PER_MINUTE,
    signingKeySecret: e.SIGNING_KEY_SECRET ?? DEVELOPMENT_SIGNING_KEY_SECRET,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    uploads: {
      maxFiles: e.UPLOAD_MAX_FILES, maxTotalBytes: e.UPLOAD_MAX_TOTAL_BYTES, maxFileBytes: e.UPLOAD_MAX_FILE_BYTES,
      maxPdfPages: e.UPLOAD_MAX_PDF_PAGES, maxImagePixels: e.UPLOAD_MAX_IMAGE_PIXELS,
      malwareScan: e.CLAMAV_HOST ? { host: e.CLAMAV_HOST, port: e.CLAMAV_PORT, timeoutMs: e.CLAMAV_TIMEOUT_MS } : undefined,
    },
    jobs: { enabled: e.JOBS_ENABLED, pollMs: e.JOBS_POLL_MS },
    seedDemo: e.SEED_DEMO ?? e.NODE_ENV === 'development',
    serveWeb: e.SERVE_WEB,
    webDir: e.WEB_DIR,
    jpki,
    testClockControl: e.TEST_CLOCK_CONTROL,
    autoAcceptanceBureaus: BUREAU_CODES.filter((code) => !autoAcceptanceOff.includes(code)),
    decisionApprovalBureaus: BUREAU_CODES.filter((code) => decisionApproval.includes(code)),
  };
}

function pathList(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

const JPKI_VARIABLES: Record<'roots' | 'crls', Record<CardSlot, string>> = {
  roots: { SIGNATURE: 'JPKI_SIGNATURE_ROOTS', AUTHENTICATION: 'JPKI_AUTHENTICATION_ROOTS' },
  crls: { SIGNATURE: 'JPKI_SIGNATURE_CRLS', AUTHENTICATION: 'JPKI_AUTHENTICATION_CRLS' },
};

/** R-AUTH-9: in production neither the development CA nor any file of its folder may be trusted. */
function jpkiProblems(jpki: Config['jpki'], isProduction: boolean): string[] {
  const problems: string[] = [];
  if (isProduction && jpki.trustDevCa) {
    problems.push('JPKI_TRUST_DEV_CA: the software card and its development CA cannot be trusted in production (R-AUTH-9)');
  }
  const devDir = resolve(jpki.devCaDir) + sep;
  for (const kind of ['roots', 'crls'] as const) {
    for (const slot of ['SIGNATURE', 'AUTHENTICATION'] as const) {
      const name = JPKI_VARIABLES[kind][slot];
      for (const path of jpki[kind][slot]) {
        if (!existsSync(path)) problems.push(`${name}: no file at ${path}`);
        if (isProduction && resolve(path).startsWith(devDir)) {
          problems.push(`${name}: ${path} is in the development CA folder (JPKI_DEV_CA_DIR), which production must not trust (R-AUTH-9)`);
        }
      }
    }
  }
  return problems;
}

/** Configuration for in-process tests: embedded defaults, no jobs polling, no demo data. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JOBS_ENABLED: 'false', SERVE_WEB: 'false', ...overrides });
}
