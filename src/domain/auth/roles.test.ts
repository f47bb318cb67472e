import { describe, expect, it } from 'vitest';
import { ACCOUNT_KINDS, OFFICER_ROLES, ROLES, ROLE_NAMES, ROLE_SCOPES, SCOPES, hasScope, roleOf, type Role, type Scope } from './roles.js';

/** The role → scope table of SPEC §1 and R-EXAM-1, every row, written out independently of roles.ts. */
const EXPECTED: Record<Role, Scope[]> = {
  INDIVIDUAL: ['account:self', 'applications:file-own'],
  ORG_STAFF: ['account:self', 'applications:file-for-others', 'organisation:manage'],
  INTERMEDIARY: ['account:self', 'applications:file-for-others'],
  INTAKE_CLERK: ['account:self', 'cases:read', 'cases:intake'],
  EXAMINER: ['account:self', 'cases:read', 'cases:examine'],
  DECISION_MAKER: ['account:self', 'cases:read', 'cases:decide'],
  ISSUANCE_CLERK: ['account:self', 'cases:read', 'cases:issue'],
  USAGE_REVIEWER: ['account:self', 'usage-applications:review'],
  SUPERVISOR: ['account:self', 'cases:read', 'cases:assign', 'statistics:read'],
  ADMINISTRATOR: ['account:self', 'cases:read', 'cases:read-all-bureaus', 'statistics:read', 'officers:manage', 'reference:manage', 'maintenance:manage', 'audit:read'],
};

describe('R-EXAM-1 roles are lists of scopes', () => {
  it.each(ROLES)('%s has exactly its scopes', (role) => {
    expect([...ROLE_SCOPES[role]].sort()).toEqual([...EXPECTED[role]].sort());
    for (const scope of SCOPES) expect(hasScope(role, scope)).toBe(EXPECTED[role].includes(scope));
  });

  it('the table has every role of SPEC §1 and no other', () => {
    expect(Object.keys(ROLE_SCOPES).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(OFFICER_ROLES).toHaveLength(7);
  });

  it('every scope is held by some role, and only administrators manage officers', () => {
    for (const scope of SCOPES) expect(ROLES.some((r) => hasScope(r, scope)), scope).toBe(true);
    expect(ROLES.filter((r) => hasScope(r, 'officers:manage'))).toEqual(['ADMINISTRATOR']);
  });

  it('no applicant-side role holds a back-office scope', () => {
    for (const role of ['INDIVIDUAL', 'ORG_STAFF', 'INTERMEDIARY'] as const) {
      expect(ROLE_SCOPES[role].some((s) => s.startsWith('cases:') || s.startsWith('officers:'))).toBe(false);
    }
  });

  it('every role has a name in Japanese and English', () => {
    for (const role of ROLES) expect(ROLE_NAMES[role].ja && ROLE_NAMES[role].en).toBeTruthy();
  });

  it.each(ACCOUNT_KINDS.filter((k) => k !== 'OFFICER'))('an account of kind %s acts in the role of its kind', (kind) => {
    expect(roleOf(kind, null)).toBe(kind);
  });

  it('an officer acts in its assigned role and must have one', () => {
    expect(roleOf('OFFICER', 'EXAMINER')).toBe('EXAMINER');
    expect(() => roleOf('OFFICER', null)).toThrow();
  });
});
