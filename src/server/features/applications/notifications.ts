import type { Answers } from '../../../forms/types.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { findAccount } from '../accounts/account-repository.js';
import { applicantFactsOf, proceduresOf } from './applicant-facts.js';
import { findSelfFiledOwners, type ApplicationRow } from './application-repository.js';
import type { Filer } from './filer.js';
import { filedInYourNameMail, receptionNumberMail, submissionReceivedMail, withdrawalMail, type MailFacts } from './mail-templates.js';
import { isOneOf } from '../../../domain/eligibility/list.js';
import { OFFICE_CODES } from '../../../domain/reference/bureaus.js';

type Ctx = Pick<AppContext, 'clock' | 'config'>;

function factsOf(row: ApplicationRow, at: Date): MailFacts {
  const answers = row.answers as Answers;
  return { procedures: proceduresOf(answers), applicantName: row.applicantName, office: isOneOf(OFFICE_CODES, row.office) ? row.office : null, at };
}

/**
 * R-MAIL-1: the system user (the owner's account) and the applicant's notification address, once each (the same
 * address is mailed once). Job keys make a retried action queue nothing new (R-MAIL-2).
 */
async function recipients(tx: DbOrTx, row: ApplicationRow, actor?: { id: string; email: string }): Promise<{ to: string; isOwner: boolean }[]> {
  const ownerEmail = actor?.id === row.ownerAccountId ? actor.email : (await findAccount(tx, row.ownerAccountId))?.email;
  const list: { to: string; isOwner: boolean }[] = ownerEmail ? [{ to: ownerEmail, isOwner: true }] : [];
  const notification = applicantFactsOf(row.answers as Answers).notificationEmail;
  if (notification && !list.some((r) => r.to === notification)) list.push({ to: notification, isOwner: false });
  return list;
}

function statusUrl(ctx: Ctx, row: ApplicationRow): string {
  return `${ctx.config.publicUrl}/applications/${row.id}`;
}

/** `actor`: the account acting now, whose address need not be looked up when it owns the application. */
export async function mailSubmissionReceived(tx: DbOrTx, ctx: Ctx, row: ApplicationRow, at: Date, actor?: { id: string; email: string }): Promise<void> {
  for (const r of await recipients(tx, row, actor)) {
    const message = submissionReceivedMail(r.to, factsOf(row, at), r.isOwner ? statusUrl(ctx, row) : null);
    await enqueueMail(tx, ctx.clock, `application-submitted:${row.id}:${r.isOwner ? 'owner' : 'applicant'}`, message);
  }
}

export async function mailReceptionNumber(tx: DbOrTx, ctx: Ctx, row: ApplicationRow, receptionNumber: string, at: Date): Promise<void> {
  for (const r of await recipients(tx, row)) {
    const message = receptionNumberMail(r.to, factsOf(row, at), receptionNumber, r.isOwner ? statusUrl(ctx, row) : null);
    await enqueueMail(tx, ctx.clock, `application-accepted:${row.id}:${r.isOwner ? 'owner' : 'applicant'}`, message);
  }
}

export async function mailWithdrawal(tx: DbOrTx, ctx: Ctx, row: ApplicationRow, reason: string, at: Date): Promise<void> {
  for (const r of await recipients(tx, row)) {
    await enqueueMail(tx, ctx.clock, `application-withdrawn:${row.id}:${r.isOwner ? 'owner' : 'applicant'}`, withdrawalMail(r.to, factsOf(row, at), row.receptionNumber, reason));
  }
}

/**
 * R-PLUS-6: when an intermediary or an organisation files, the applicant's own individual account (if any) is told.
 * The person is recognised by the residence card number, else by nationality and passport number, from the
 * applications they filed themselves.
 */
export async function mailFiledInYourName(tx: DbOrTx, ctx: Ctx, row: ApplicationRow, filer: Filer, at: Date): Promise<number> {
  if (filer.accountKind === 'INDIVIDUAL') return 0;
  const facts = applicantFactsOf(row.answers as Answers);
  const owners = await findSelfFiledOwners(tx, facts);
  let sent = 0;
  for (const ownerId of owners) {
    if (ownerId === filer.accountId) continue;
    const account = await findAccount(tx, ownerId);
    if (!account || account.status !== 'ACTIVE') continue;
    const filerName = filer.organization ? filer.organization.name : `${filer.displayName}（申請取次者 / intermediary）`;
    await enqueueMail(tx, ctx.clock, `application-filed-in-name:${row.id}:${ownerId}`, filedInYourNameMail(account.email, factsOf(row, at), filerName, `${ctx.config.publicUrl}/applications`));
    sent += 1;
  }
  return sent;
}
