/**
 * `npm test`: every test — unit and integration (Vitest, on PGlite and, when reachable, PostgreSQL), then the
 * browser journeys (Playwright in Debian's Chromium). Installs the system packages the browser tests need when
 * it runs as root, otherwise stops with the exact command. Ends with one summary line "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function hasJapaneseFont(): boolean {
  const result = spawnSync('fc-list', [':lang=ja'], { encoding: 'utf8' });
  return result.status === 0 && /Noto Sans CJK|Noto Sans JP/i.test(result.stdout);
}

function ensureSystemPackages(): void {
  const missing = [...(existsSync(CHROMIUM) ? [] : ['chromium']), ...(hasJapaneseFont() ? [] : ['fonts-noto-cjk'])];
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`The browser tests need Debian packages that are not installed. Run:\n  sudo ${command}\nthen npm test again.`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} for the browser tests…`);
  if (run('bash', ['-c', command]) !== 0) {
    console.error(`Could not install ${missing.join(', ')}. Run: ${command}`);
    process.exit(1);
  }
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky, skipped: report.stats.skipped };
}

mkdirSync('test-results', { recursive: true });
ensureSystemPackages();

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
const unit = vitestCounts('test-results/vitest.json');

let browser: Counts = { passed: 0, failed: 0, skipped: 0 };
let browserStatus = 0;
if (existsSync('playwright.config.ts')) {
  browserStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json' });
  browser = playwrightCounts('test-results/playwright.json');
}

const total: Counts = { passed: unit.passed + browser.passed, failed: unit.failed + browser.failed, skipped: unit.skipped + browser.skipped };
console.log(`\nUnit and integration: ${unit.passed} passed, ${unit.failed} failed. Browser: ${browser.passed} passed, ${browser.failed} failed.`);
const failed = total.failed + (unitStatus !== 0 && unit.failed === 0 ? 1 : 0) + (browserStatus !== 0 && browser.failed === 0 ? 1 : 0);
console.log(`Tests: ${total.passed} passed, ${failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
