import { describe, expect, it } from 'vitest';
import { identityContextWords } from './context-words.js';
import { checkPassword, passwordLength, passwordProblemMessage, PASSWORD_PROBLEMS, type PasswordAudience, type PasswordContext } from './password-policy.js';

const BREACHED = new Set(['password1234', 'iloveyou2', 'qwertyuiop']);

function context(audience: PasswordAudience = 'APPLICANT', identity = identityContextWords({ authId: 'K4H7-Q9XP-2MWR', email: 'taro.yamada@example.jp' })): PasswordContext {
  return { audience, identityWords: identity, isBreached: (candidate) => BREACHED.has(candidate) };
}

/** A password with no pattern, built to an exact length in code points. */
const random = (length: number) => 'kx7#Vb q2Lm9!zR4 wT8nY3@pD6 hJ5sG1%cF0'.repeat(4).slice(0, length);

describe('R-AUTH-6 password length (NIST SP 800-63B-4)', () => {
  it.each([
    [7, 'APPLICANT', ['TOO_SHORT']],
    [8, 'APPLICANT', []],
    [11, 'BACK_OFFICE', ['TOO_SHORT']],
    [12, 'BACK_OFFICE', []],
    [64, 'APPLICANT', []],
    [128, 'APPLICANT', []],
    [128, 'BACK_OFFICE', []],
    [129, 'APPLICANT', ['TOO_LONG']],
  ] as const)('%i characters for %s → %j', (length, audience, expected) => {
    const password = random(length);
    expect(passwordLength(password)).toBe(length);
    expect(checkPassword(password, context(audience))).toEqual(expected);
  });

  it('counts Unicode code points, not bytes or UTF-16 units: 8 kanji or 8 emoji are 8 characters', () => {
    expect(checkPassword('在留資格の更新手続', context())).toEqual([]);
    expect(checkPassword('🍣🍜🍙🍱🗻🌸🎌🚄', context())).toEqual([]);
    expect(checkPassword('🍣🍜🍙🍱🗻🌸🎌', context())).toEqual(['TOO_SHORT']);
  });

  it('allows spaces anywhere and applies no composition rule (lower case words only are fine)', () => {
    expect(checkPassword('  correct horse battery staple  ', context())).toEqual([]);
    expect(checkPassword('all lower case words here', context())).toEqual([]);
  });

  it('normalises NFKC before checking: full-width letters count as their half-width form', () => {
    expect(checkPassword('ｐａｓｓｗｏｒｄ１２３４', context())).toEqual(['BREACHED']);
  });

  it('refuses control characters', () => {
    expect(checkPassword('line one\nline two', context())).toEqual(['CONTROL_CHARACTER']);
  });
});

describe('R-AUTH-6 breached list and context words', () => {
  it.each(['password1234', 'PassWord1234', 'QWERTYUIOP'])('%s is on the breached list (case-insensitive)', (password) => {
    expect(checkPassword(password, context())).toContain('BREACHED');
  });

  it.each([
    ['the 認証ID', 'my id K4H7Q9XP2MWR ok'],
    ['the 認証ID with hyphens, lower case', 'k4h7-q9xp-2mwr!!'],
    ['the email local part', 'taro.yamada-secret-99'],
    ['入管 with digits', '入管入管12345678'],
    ['immigration and a year', 'Immigration 2026!'],
    ['zairyu', 'zairyu-zairyu-99'],
    ['a bureau name (Japanese)', '東京出入国在留管理局'],
    ['a bureau name (English)', 'Tokyo Regional Immigration Services Bureau'],
    ['a place of a bureau plus 入管', '大阪入管2026'],
    ['the issuance unit', 'odaiba-odaiba-1'],
  ])('refuses %s', (_label, password) => {
    expect(checkPassword(password, context())).toContain('CONTEXT_WORD');
  });

  it('accepts a context word inside a longer passphrase of other words', () => {
    expect(checkPassword('my tokyo life since spring', context())).toEqual([]);
  });

  it.each(['aaaaaaaaaaaa', '123456789', '987654321', 'abcdefghijkl', 'abcabcabcabc', '12121212'])('refuses the repetitive or sequential %s', (password) => {
    expect(checkPassword(password, context())).toEqual(['REPETITIVE']);
  });

  it('every reason has a message in Japanese and English, with the length that applies', () => {
    for (const problem of PASSWORD_PROBLEMS) {
      const message = passwordProblemMessage(problem, 'BACK_OFFICE');
      expect(message.ja.length).toBeGreaterThan(5);
      expect(message.en.length).toBeGreaterThan(5);
    }
    expect(passwordProblemMessage('TOO_SHORT', 'BACK_OFFICE').ja).toContain('12文字');
    expect(passwordProblemMessage('TOO_SHORT', 'APPLICANT').en).toContain('8 characters');
    expect(passwordProblemMessage('TOO_LONG', 'APPLICANT').en).toContain('128');
  });
});
