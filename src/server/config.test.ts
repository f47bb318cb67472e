import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration (validated at boot)', () => {
  it('runs on embedded defaults with no variables set', () => {
    const c = loadConfig({});
    expect(c.database).toEqual({ kind: 'pglite', dataDir: 'var/db' });
    expect(c.mail.kind).toBe('dev-mailbox');
    expect(c.storage).toEqual({ kind: 'local', dir: 'var/files' });
    expect(c.uploads).toEqual({ maxFiles: 20, maxTotalBytes: 25 * 1024 * 1024, maxFileBytes: 10 * 1024 * 1024, maxPdfPages: 100, maxImagePixels: 40_000_000 });
    expect(c.seedDemo).toBe(true);
  });

  it('switches to PostgreSQL, SMTP and S3 by environment variables', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@h/db', SMTP_URL: 'smtp://mail:25', S3_BUCKET: 'b', S3_ENDPOINT: 'http://127.0.0.1:9000' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(c.mail).toMatchObject({ kind: 'smtp', url: 'smtp://mail:25' });
    expect(c.storage).toMatchObject({ kind: 's3', bucket: 'b', endpoint: 'http://127.0.0.1:9000' });
  });

  it('names every bad variable with the reason', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://x' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL: must be a postgres://');
      expect(message).toContain('SMTP_URL: must be an smtp://');
    }
  });

  it('production requires a cookie secret and PostgreSQL, and never seeds demo data', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/COOKIE_SECRET[\s\S]*DATABASE_URL/);
    const c = loadConfig({ NODE_ENV: 'production', COOKIE_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://u@h/db', SIGNING_KEY_SECRET: 's'.repeat(32) });
    expect(c.seedDemo).toBe(false);
  });

  it('several server processes only on PostgreSQL and never with the adjustable test clock', () => {
    expect(loadConfig({}).processes).toBe(1);
    expect(loadConfig({ SERVER_PROCESSES: '2', DATABASE_URL: 'postgres://u@h/db' }).processes).toBe(2);
    expect(() => loadConfig({ SERVER_PROCESSES: '2' })).toThrow(/SERVER_PROCESSES: more than one process needs DATABASE_URL/);
    expect(() => loadConfig({ SERVER_PROCESSES: '2', DATABASE_URL: 'postgres://u@h/db', TEST_CLOCK_CONTROL: 'true' })).toThrow(/SERVER_PROCESSES: the adjustable test clock/);
    expect(() => loadConfig({ SERVER_PROCESSES: '0' })).toThrow(/SERVER_PROCESSES/);
  });

  it('S3 credentials come in pairs', () => {
    expect(() => loadConfig({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_ACCESS_KEY_ID/);
  });
});

describe('JPKI trust configuration (R-AUTH-2, R-AUTH-9)', () => {
  const production = { NODE_ENV: 'production', COOKIE_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://u@h/db', SIGNING_KEY_SECRET: 's'.repeat(32) };
  const dir = mkdtempSync(join(tmpdir(), 'zairyu-jpki-config-'));
  const rootA = join(dir, 'sign-2019.pem');
  const rootB = join(dir, 'sign-2023.pem');
  const devDir = join(dir, 'jpki-dev-ca');
  const devRoot = join(devDir, 'signature-ca.pem');
  for (const file of [rootA, rootB]) writeFileSync(file, '');
  mkdirSync(devDir);
  writeFileSync(devRoot, '');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('trusts the development CA by default outside production, and not in production', () => {
    expect(loadConfig({}).jpki).toEqual({
      trustDevCa: true, devCaDir: 'var/jpki-dev-ca', roots: { SIGNATURE: [], AUTHENTICATION: [] }, crls: { SIGNATURE: [], AUTHENTICATION: [] },
    });
    expect(loadConfig(production).jpki.trustDevCa).toBe(false);
  });

  it('reads the roots and CRLs per slot as comma-separated files, and names a missing one', () => {
    const c = loadConfig({ JPKI_SIGNATURE_ROOTS: `${rootA}, ${rootB}`, JPKI_AUTHENTICATION_CRLS: rootA, JPKI_TRUST_DEV_CA: 'false' });
    expect(c.jpki).toMatchObject({ trustDevCa: false, roots: { SIGNATURE: [rootA, rootB], AUTHENTICATION: [] }, crls: { AUTHENTICATION: [rootA] } });
    expect(() => loadConfig({ JPKI_AUTHENTICATION_ROOTS: join(dir, 'missing.pem') })).toThrow(/JPKI_AUTHENTICATION_ROOTS: no file at/);
  });

  it('R-AUTH-9 production refuses to start with the development CA trusted', () => {
    expect(() => loadConfig({ ...production, JPKI_TRUST_DEV_CA: 'true' })).toThrow(/JPKI_TRUST_DEV_CA: the software card and its development CA cannot be trusted in production/);
  });

  it('R-AUTH-9 production refuses a root or CRL taken from the development CA folder', () => {
    expect(() => loadConfig({ ...production, JPKI_DEV_CA_DIR: devDir, JPKI_SIGNATURE_ROOTS: devRoot })).toThrow(/JPKI_SIGNATURE_ROOTS: .* development CA folder/);
    expect(() => loadConfig({ ...production, JPKI_DEV_CA_DIR: devDir, JPKI_AUTHENTICATION_CRLS: devRoot })).toThrow(/JPKI_AUTHENTICATION_CRLS: .* development CA folder/);
    expect(loadConfig({ ...production, JPKI_DEV_CA_DIR: devDir, JPKI_SIGNATURE_ROOTS: rootA }).jpki.roots.SIGNATURE).toEqual([rootA]);
  });

  it('R-AUTH-9 the server process exits before listening when production trusts the development CA', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/server.ts'], {
      env: { ...process.env, ...production, JPKI_TRUST_DEV_CA: 'true', PORT: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('JPKI_TRUST_DEV_CA');
  });
});
