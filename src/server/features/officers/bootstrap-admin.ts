import type { OfficerOffice } from '../../../domain/auth/officer-offices.js';
import type { Clock } from '../../../domain/calendar/clock.js';
import { formatAuthId } from '../../../domain/auth/auth-id.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../audit/audit-log.js';
import { createAccount } from '../accounts/account-factory.js';
import { acceptNewPassword } from '../accounts/password-rules.js';
import { issuePasswordLink } from '../accounts/recovery-service.js';

export interface NewAdministrator {
  email: string;
  displayName: string;
  office: OfficerOffice;
  /** Given: checked by the rules and stored; absent: a password-set link is issued instead. */
  password?: string;
}

/** The bootstrap administrator (command line), audited as a SYSTEM action. */
export async function createAdministrator(deps: { db: Db; clock: Clock; config: Config }, input: NewAdministrator): Promise<{ authId: string; link: string | null }> {
  const candidate = { kind: 'OFFICER' as const, authId: '', email: input.email };
  const passwordHash = input.password === undefined ? null : await acceptNewPassword(input.password, candidate);
  return deps.db.transaction(async (tx) => {
    const account = await createAccount(tx, deps.clock, {
      kind: 'OFFICER', officerRole: 'ADMINISTRATOR', office: input.office, displayName: input.displayName, email: input.email, passwordHash,
    });
    await appendAudit(tx, deps.clock, { actorType: 'SYSTEM', subjectType: 'account', subjectId: account.id, action: 'officer.created', outcome: 'SUCCESS', details: { role: 'ADMINISTRATOR', office: input.office, via: 'command line' } });
    const link = passwordHash ? null : await issuePasswordLink(tx, { clock: deps.clock, config: deps.config }, account, 'PASSWORD_SET', { actorType: 'SYSTEM', actorId: null, ipAddress: null });
    return { authId: formatAuthId(account.authId), link };
  });
}
