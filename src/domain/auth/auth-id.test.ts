import { describe, expect, it } from 'vitest';
import { AUTH_ID_ALPHABET, buildAuthId, formatAuthId, isAuthIdExpired, isValidAuthId, normaliseAuthId } from './auth-id.js';

function seeded(seed: number): (bound: number) => number {
  let state = seed;
  return (bound) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % bound;
  };
}

describe('R-ORG-3 the 認証ID', () => {
  const ids = Array.from({ length: 200 }, (_, i) => buildAuthId(seeded(i + 1)));

  it('is 12 characters without look-alikes, shown in groups of four, and valid', () => {
    for (const id of ids) {
      expect(id).toMatch(/^[A-HJKMNP-TV-Z2-9]{12}$/);
      expect(isValidAuthId(id)).toBe(true);
      expect(formatAuthId(id)).toMatch(/^.{4}-.{4}-.{4}$/);
    }
  });

  it('accepts what people type: lower case, full-width, spaces and hyphens', () => {
    const id = ids[0] ?? '';
    const typed = formatAuthId(id).toLowerCase().replace(/[a-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace('-', ' ー ');
    expect(normaliseAuthId(typed)).toBe(id);
    expect(isValidAuthId(typed)).toBe(true);
  });

  it('the check character catches every single mistyped character', () => {
    const id = ids[1] ?? '';
    for (let i = 0; i < id.length; i += 1) {
      for (const c of AUTH_ID_ALPHABET) {
        if (c === id[i]) continue;
        expect(isValidAuthId(id.slice(0, i) + c + id.slice(i + 1))).toBe(false);
      }
    }
  });

  it('an expired 認証ID is expired from its expiry instant; none set means no expiry', () => {
    const at = new Date('2029-11-23T00:00:00Z');
    expect(isAuthIdExpired(at, new Date(at.getTime() - 1))).toBe(false);
    expect(isAuthIdExpired(at, at)).toBe(true);
    expect(isAuthIdExpired(null, at)).toBe(false);
  });
});
