import { existsSync, readFileSync } from 'node:fs';
import { systemClock } from '../domain/calendar/clock.js';
import { jstDateOf } from '../domain/calendar/jst.js';
import { describeDocument, DOCUMENT_KIND_RULES, PublishedKeySet, type PublishedKey } from '../domain/verification/index.js';
import { COUNTRIES } from '../forms/pages/countries.js';
import { listSigningKeys, publishedKeyOf } from '../server/adapters/signer/signing-keys.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { checkOffline, type OfflineInput, type OfflineReport } from '../server/features/verification/offline-check.js';

/**
 * `npm run verify:document -- <file.pdf | payload | verification URL> [--keys keys.json]` (R-PLUS-1): checks a signed
 * document offline against the published keys — a keys file saved from GET /api/v1/verification/keys, or else the
 * configured database. Exit 0: genuine and in date; 1: not valid; 2: usage error.
 */
const USAGE = 'usage: npm run verify:document -- <file.pdf | payload | verification URL> [--keys keys.json]';

function parseArgs(argv: string[]): { target: string; keysFile: string | undefined } | undefined {
  const keysAt = argv.indexOf('--keys');
  const keysFile = keysAt >= 0 ? argv[keysAt + 1] : undefined;
  const rest = argv.filter((_, i) => keysAt < 0 || (i !== keysAt && i !== keysAt + 1));
  if (rest.length !== 1 || (keysAt >= 0 && !keysFile)) return undefined;
  const [target] = rest;
  return target ? { target, keysFile } : undefined;
}

async function loadKeys(keysFile: string | undefined): Promise<PublishedKey[]> {
  if (keysFile) return PublishedKeySet.parse(JSON.parse(readFileSync(keysFile, 'utf8'))).keys;
  const handle = await openDatabase(loadConfig().database);
  try {
    if (!(await handle.isMigrated())) throw new Error('the configured database is not migrated (run `npm run migrate`), or pass --keys keys.json');
    return (await listSigningKeys(handle.db)).map(publishedKeyOf);
  } finally {
    await handle.close();
  }
}

function inputOf(target: string): OfflineInput {
  if (/\.pdf$/i.test(target) || existsSync(target)) return { kind: 'pdf', bytes: readFileSync(target) };
  return { kind: 'text', text: target };
}

const PROBLEMS: Record<NonNullable<OfflineReport['problem']>, string> = {
  NO_PAYLOAD: 'no signed payload found (not a document issued by Zairyu Online, or the payload is damaged)',
  UNKNOWN_KID: 'signed with a key that is not among the published keys',
  KEY_REVOKED: 'signed with a key that has been revoked',
  OUTSIDE_KEY_VALIDITY: 'dated outside the period its key was signing',
  BAD_SIGNATURE: 'the signature does not match: the payload was altered or forged',
  SUBJECT_MISMATCH: 'the data in the PDF is not the data that was signed: the PDF was altered',
  EXPIRED: 'the signature is genuine, but the document is past its last valid day',
};

function countryName(code: string) {
  const country = COUNTRIES.find((c) => c.code === code);
  return country ? { ja: country.nameJa, en: country.nameEn } : undefined;
}

function print(report: OfflineReport, today: string): void {
  const p = report.payload;
  if (p) {
    console.log(`document: ${p.number} — ${DOCUMENT_KIND_RULES[p.kind].title.en} / ${DOCUMENT_KIND_RULES[p.kind].title.ja}`);
    console.log(`issued: ${p.issuedOn}; valid until: ${p.validUntil ?? 'no end'} (today ${today}, JST); signing key: ${p.kid}`);
  }
  if (p && report.subject && report.subjectMatches) {
    console.log('the data in the PDF is covered by the signature:');
    for (const row of describeDocument({ kind: p.kind, subject: report.subject, validUntil: p.validUntil }, countryName).slice(1)) {
      console.log(`  ${row.label.en}: ${row.value.en}${row.value.ja === row.value.en ? '' : ` (${row.value.ja})`}`);
    }
  }
  if (report.genuine) {
    console.log('RESULT: GENUINE — the signature verifies against the published keys.');
    console.log('Withdrawal or revocation is known only online: check the document number and code on the verification page too.');
  } else {
    console.log(`RESULT: NOT VALID — ${report.problem ? PROBLEMS[report.problem] : 'unknown problem'}.`);
  }
}

const args = parseArgs(process.argv.slice(2));
if (!args) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  const today = jstDateOf(systemClock.now());
  try {
    const report = checkOffline(inputOf(args.target), await loadKeys(args.keysFile), today);
    print(report, today);
    process.exitCode = report.genuine ? 0 : 1;
  } catch (error) {
    console.error(`cannot verify: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
