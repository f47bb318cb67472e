import type { AuditEntry } from '../audit/audit-log.js';
import type { Account } from './account-repository.js';

/** The audit actor type of an account (administrators are officers with the administrator role). */
export function actorTypeOf(account: Pick<Account, 'kind' | 'officerRole'>): AuditEntry['actorType'] {
  switch (account.kind) {
    case 'INDIVIDUAL':
      return 'APPLICANT';
    case 'ORG_STAFF':
      return 'ORG_STAFF';
    case 'INTERMEDIARY':
      return 'INTERMEDIARY';
    case 'OFFICER':
      return account.officerRole === 'ADMINISTRATOR' ? 'ADMIN' : 'OFFICER';
  }
}

export function accountActor(account: Pick<Account, 'id' | 'kind' | 'officerRole'>): Pick<AuditEntry, 'actorType' | 'actorId' | 'subjectType' | 'subjectId'> {
  return { actorType: actorTypeOf(account), actorId: account.id, subjectType: 'account', subjectId: account.id };
}
