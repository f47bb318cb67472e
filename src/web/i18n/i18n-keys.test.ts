import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, loadMessages } from './index.js';

/** DESIGN §3.8: the languages have the same keys, and every key the code uses exists. */
const WEB_DIR = fileURLToPath(new URL('..', import.meta.url));

function flatten(messages: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'object' && value !== null) for (const [k, v] of flatten(value, path)) out.set(k, v);
    else throw new Error(`${path} is neither text nor a group`);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

interface KeyUse {
  file: string;
  key: string;
  /** A template literal key (`home.who.${key}`) is checked as a pattern: at least one key must match. */
  pattern?: RegExp;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function keysUsedIn(file: string): KeyUse[] {
  const source = readFileSync(file, 'utf8');
  const name = relative(WEB_DIR, file);
  const uses: KeyUse[] = [];
  for (const m of source.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) uses.push({ file: name, key: m[2] ?? '' });
  for (const m of source.matchAll(/i18nKey=(['"])([^'"]+)\1/g)) uses.push({ file: name, key: m[2] ?? '' });
  for (const m of source.matchAll(/\bt\(\s*`([^`]+)`/g)) {
    const template = m[1] ?? '';
    const pattern = new RegExp(`^${template.split(/\$\{[^}]+\}/).map(escapeRegExp).join('[^.]+')}$`);
    uses.push({ file: name, key: template, pattern });
  }
  return uses;
}

const keysByLanguage = new Map(await Promise.all(LANGUAGES.map(async (language) => [language, flatten(await loadMessages(language))] as const)));
const sourceKeys = [...(keysByLanguage.get('ja')?.keys() ?? [])];

describe('i18n resources', () => {
  it.each(LANGUAGES.filter((l) => l !== 'ja'))('%s has exactly the keys of ja', (language) => {
    const keys = [...(keysByLanguage.get(language)?.keys() ?? [])];
    expect({ missing: sourceKeys.filter((k) => !keys.includes(k)), extra: keys.filter((k) => !sourceKeys.includes(k)) }).toEqual({ missing: [], extra: [] });
  });

  it.each(LANGUAGES)('%s has no empty text and the same placeholders as ja', (language) => {
    const ja = keysByLanguage.get('ja') ?? new Map<string, string>();
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const problems = [...(keysByLanguage.get(language) ?? [])].flatMap(([key, text]) => {
      if (text.trim() === '') return [`${key}: empty`];
      const expected = placeholders(ja.get(key) ?? '');
      return JSON.stringify(placeholders(text)) === JSON.stringify(expected) ? [] : [`${key}: placeholders differ from ja`];
    });
    expect(problems).toEqual([]);
  });

  it('finds the keys used in the code (the scan itself works)', () => {
    const uses = sourceFiles(WEB_DIR).flatMap(keysUsedIn);
    expect(uses.length).toBeGreaterThan(20);
    expect(uses.some((u) => u.pattern)).toBe(true);
  });

  it('has every key used in src/web', () => {
    const missing = sourceFiles(WEB_DIR)
      .flatMap(keysUsedIn)
      .filter((use) => (use.pattern ? !sourceKeys.some((k) => use.pattern?.test(k)) : !sourceKeys.includes(use.key)))
      .map((use) => `${use.file}: ${use.key}`);
    expect(missing).toEqual([]);
  });
});
