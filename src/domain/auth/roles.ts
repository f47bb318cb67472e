/**
 * Permissions are named scopes; roles are lists of scopes, all in this one file (DESIGN §3.3, SPEC §1,
 * R-EXAM-1). Each route declares the scope it needs; ownership (own application, organisation's range,
 * bureau) is checked in the service, not here.
 */
export const SCOPES = [
  'account:self',
  'applications:file-own',
  'applications:file-for-others',
  'organisation:manage',
  'cases:read',
  'cases:read-all-bureaus',
  'cases:intake',
  'cases:examine',
  'cases:decide',
  'cases:issue',
  'cases:assign',
  'usage-applications:review',
  'statistics:read',
  'officers:manage',
  'reference:manage',
  'maintenance:manage',
  'audit:read',
] as const;
export type Scope = (typeof SCOPES)[number];

/** Who holds an account. Individuals sign in with the My Number card; the others with 認証ID, password and TOTP. */
export const ACCOUNT_KINDS = ['INDIVIDUAL', 'ORG_STAFF', 'INTERMEDIARY', 'OFFICER'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** Bureau roles (SPEC §1); an officer account holds exactly one. */
export const OFFICER_ROLES = [
  'INTAKE_CLERK',
  'EXAMINER',
  'DECISION_MAKER',
  'ISSUANCE_CLERK',
  'USAGE_REVIEWER',
  'SUPERVISOR',
  'ADMINISTRATOR',
] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

/** Applicant-side accounts have one role each, named after their kind. */
export const APPLICANT_ROLES = ['INDIVIDUAL', 'ORG_STAFF', 'INTERMEDIARY'] as const satisfies readonly AccountKind[];
export type ApplicantRole = (typeof APPLICANT_ROLES)[number];

export type Role = OfficerRole | ApplicantRole;
export const ROLES: readonly Role[] = [...APPLICANT_ROLES, ...OFFICER_ROLES];

export const ROLE_SCOPES: Readonly<Record<Role, readonly Scope[]>> = {
  INDIVIDUAL: ['account:self', 'applications:file-own'],
  ORG_STAFF: ['account:self', 'applications:file-for-others', 'organisation:manage'],
  INTERMEDIARY: ['account:self', 'applications:file-for-others'],
  INTAKE_CLERK: ['account:self', 'cases:read', 'cases:intake'],
  EXAMINER: ['account:self', 'cases:read', 'cases:examine'],
  DECISION_MAKER: ['account:self', 'cases:read', 'cases:decide'],
  ISSUANCE_CLERK: ['account:self', 'cases:read', 'cases:issue'],
  USAGE_REVIEWER: ['account:self', 'usage-applications:review'],
  SUPERVISOR: ['account:self', 'cases:read', 'cases:assign', 'statistics:read'],
  ADMINISTRATOR: [
    'account:self', 'cases:read', 'cases:read-all-bureaus', 'statistics:read',
    'officers:manage', 'reference:manage', 'maintenance:manage', 'audit:read',
  ],
};

export const ROLE_NAMES: Readonly<Record<Role, { ja: string; en: string }>> = {
  INDIVIDUAL: { ja: '外国人本人・法定代理人・親族', en: 'Foreign national, legal representative or relative' },
  ORG_STAFF: { ja: '所属機関等の職員', en: 'Organisation staff' },
  INTERMEDIARY: { ja: '弁護士・行政書士', en: 'Lawyer or administrative scrivener' },
  INTAKE_CLERK: { ja: '受付担当', en: 'Intake clerk' },
  EXAMINER: { ja: '審査担当', en: 'Examiner' },
  DECISION_MAKER: { ja: '決裁者', en: 'Decision maker' },
  ISSUANCE_CLERK: { ja: '交付担当', en: 'Issuance clerk' },
  USAGE_REVIEWER: { ja: '利用申出審査担当', en: 'Usage-application reviewer' },
  SUPERVISOR: { ja: '統括者', en: 'Supervisor' },
  ADMINISTRATOR: { ja: 'システム管理者', en: 'Administrator' },
};

export function isOfficerRole(value: string): value is OfficerRole {
  return (OFFICER_ROLES as readonly string[]).includes(value);
}

/** The role an account acts in: an officer's assigned role, otherwise its kind. */
export function roleOf(kind: AccountKind, officerRole: OfficerRole | null): Role {
  switch (kind) {
    case 'OFFICER':
      if (!officerRole) throw new Error('an officer account needs a role');
      return officerRole;
    case 'INDIVIDUAL':
    case 'ORG_STAFF':
    case 'INTERMEDIARY':
      return kind;
  }
}

export function scopesOf(role: Role): readonly Scope[] {
  return ROLE_SCOPES[role];
}

export function hasScope(role: Role, scope: Scope): boolean {
  return ROLE_SCOPES[role].includes(scope);
}

/** Officers and administrators work in the back office: stricter password length and idle timeout. */
export function isBackOfficeKind(kind: AccountKind): boolean {
  return kind === 'OFFICER';
}
