import { createRequire } from 'node:module';

/**
 * The breached-password list of R-AUTH-6: Mozilla's fxa-common-password-list (MPL-2.0), 50 000 leaked passwords
 * of 8+ characters, lower-cased, shipped inside the npm package (nothing is downloaded). It is front-coded
 * (each line: one base-36 digit saying how many leading characters repeat the previous entry, then the rest);
 * decoded once into a Set.
 */
let cached: { set: ReadonlySet<string>; loadMs: number } | undefined;

function decodeFrontCoded(encoded: string): string[] {
  const out: string[] = [];
  let previous = '';
  for (const line of encoded.split('\n')) {
    if (line.length === 0) continue;
    const shared = Number.parseInt(line.charAt(0), 36);
    if (Number.isNaN(shared)) throw new Error('breached-password list: malformed line');
    previous = previous.slice(0, shared) + line.slice(1);
    out.push(previous);
  }
  return out;
}

function load(): { set: ReadonlySet<string>; loadMs: number } {
  if (cached) return cached;
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const encoded = require('fxa-common-password-list/src/encoded-passwords.js') as unknown;
  if (typeof encoded !== 'string') throw new Error('breached-password list: unexpected module shape');
  cached = { set: new Set(decodeFrontCoded(encoded)), loadMs: performance.now() - started };
  return cached;
}

/** Expects a lower-case, NFKC-normalised candidate. */
export function isBreachedPassword(candidate: string): boolean {
  return load().set.has(candidate);
}

export function breachedListStats(): { entries: number; loadMs: number } {
  const { set, loadMs } = load();
  return { entries: set.size, loadMs };
}
