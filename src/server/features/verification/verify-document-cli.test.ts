import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteTemplateFile } from '../../../../test/helpers/test-env.js';
import { FixedClock } from '../../../domain/calendar/clock.js';
import type { PublishedKey } from '../../../domain/verification/index.js';
import { listSigningKeys, publishedKeyOf } from '../../adapters/signer/signing-keys.js';
import { openDatabase, type DatabaseHandle } from '../../db/client.js';
import { findDocument } from './document-repository.js';
import { checkOffline } from './offline-check.js';
import { issueSignedDocument, renderDocumentPdf, type IssuedDocument } from './registry.js';
import { COE_SUBJECT } from './test-support.js';

/** `npm run verify:document` (R-PLUS-1): a PDF or a payload checked offline against the published keys. */
describe('verifying a document offline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zairyu-verify-cli-'));
  const dataDir = join(dir, 'db');
  const ctx = { clock: new FixedClock(new Date('2026-11-23T01:00:00Z')), config: { signingKeySecret: 'cli-test-signing-secret-0123456789abcd', publicUrl: 'https://zairyu.example' } };
  let doc: IssuedDocument;
  let pdf: Buffer;
  let keys: PublishedKey[];

  beforeAll(async () => {
    // A PGlite database on disk (from the migrated template) that the command opens in its own process.
    const client = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(pgliteTemplateFile())]) });
    const handle: DatabaseHandle = await openDatabase({ kind: 'pglite-instance', client });
    doc = await handle.db.transaction((tx) => issueSignedDocument(tx, ctx, { kind: 'E_COE', applicationId: null, subject: COE_SUBJECT, validUntil: '2027-02-23' }));
    const row = await findDocument(handle.db, doc.id);
    if (!row) throw new Error('not stored');
    pdf = (await renderDocumentPdf(row, ctx)).pdf;
    keys = (await listSigningKeys(handle.db)).map(publishedKeyOf);
    await handle.close();
    writeFileSync(join(dir, 'coe.pdf'), pdf);
    writeFileSync(join(dir, 'keys.json'), JSON.stringify({ keys }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('R-PLUS-1 a PDF: the payload from its metadata verifies, and its stated data is the signed data', () => {
    expect(checkOffline({ kind: 'pdf', bytes: pdf }, keys, '2026-12-01')).toMatchObject({
      genuine: true, problem: null, subjectMatches: true, subject: { name: 'NGUYEN VAN AN' }, payload: { number: doc.number },
    });
  });

  it('R-PLUS-1 a PDF whose stated data was altered is not valid, though its signature is', () => {
    const altered = Buffer.from(pdf.toString('latin1').replace(/zairyu-subject:[A-Za-z0-9_-]+/, (m) => `zairyu-subject:${Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(m.slice(15), 'base64url').toString()), name: 'SOMEONE ELSE' })).toString('base64url')}`), 'latin1');
    expect(checkOffline({ kind: 'pdf', bytes: altered }, keys, '2026-12-01')).toMatchObject({ genuine: false, problem: 'SUBJECT_MISMATCH' });
  });

  it.each<[string, () => string, string, string | null]>([
    ['a payload', () => doc.payload, '2026-12-01', null],
    ['the verification URL', () => doc.verificationUrl, '2026-12-01', null],
    ['a payload past its last day', () => doc.payload, '2027-02-24', 'EXPIRED'],
    ['an altered payload', () => doc.payload.replace('.20270223.', '.20270224.'), '2026-12-01', 'BAD_SIGNATURE'],
    ['text without a payload', () => 'hello', '2026-12-01', 'NO_PAYLOAD'],
  ])('R-PLUS-1 %s', (_name, text, today, problem) => {
    expect(checkOffline({ kind: 'text', text: text() }, keys, today)).toMatchObject({ genuine: problem === null, problem });
  });

  it('R-PLUS-1 without the right key it cannot be vouched for', () => {
    expect(checkOffline({ kind: 'text', text: doc.payload }, [], '2026-12-01').problem).toBe('UNKNOWN_KID');
  });

  const run = (args: string[], env: Record<string, string> = {}) => spawnSync('npx', ['tsx', 'src/cli/verify-document.ts', ...args], {
    encoding: 'utf8', env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'silent', ...env },
  });

  it('R-PLUS-1 the command verifies a PDF against a keys file (exit 0) and prints the signed data', () => {
    const result = run([join(dir, 'coe.pdf'), '--keys', join(dir, 'keys.json')]);
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.stdout).toContain(`document: ${doc.number}`);
    expect(result.stdout).toContain('Name: NGUYEN VAN AN');
    expect(result.stdout).toContain('RESULT: GENUINE');
    expect(result.status).toBe(0);
  });

  it('R-PLUS-1 the command reads the keys from the database when no keys file is given, and refuses an altered payload (exit 1)', () => {
    const genuine = run([doc.payload], { PGLITE_DIR: dataDir });
    expect(genuine.stdout).toContain('RESULT: GENUINE');
    expect(genuine.status).toBe(0);
    const altered = run([doc.payload.replace(doc.number, `${doc.number.slice(0, -1)}${doc.number.endsWith('0') ? '1' : '0'}`)], { PGLITE_DIR: dataDir });
    expect(altered.stdout).toContain('RESULT: NOT VALID');
    expect(altered.status).toBe(1);
  });

  it('the command explains its usage when called wrongly (exit 2)', () => {
    const result = run([]);
    expect(result.stderr).toContain('usage: npm run verify:document');
    expect(result.status).toBe(2);
  });
});
