import type { Answers } from '../../../forms/types.js';
import { enqueueMail, mailsInsert } from '../../adapters/mail/mailer.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { findAccount } from '../accounts/account-repository.js';
import { identityIndexes } from '../registration/identity-service.js';
import { factsOf as cardFactsOf, findSelfProfilesByIdentity } from '../registration/profile-repository.js';
import { STEP1_IDS } from '../../../forms/pages/step1.js';
import { applicantFactsOf, proceduresOf } from './applicant-facts.js';
import { findSelfFiledOwners, type ApplicationRow } from './application-repository.js';
import type { Filer } from './filer.js';
import { filedInYourNameMail, receptionNumberMail, resubmissionReceivedMail, submissionReceivedMail, withdrawalMail, type MailFacts } from './mail-templates.js';
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

/**
 * Both 申請受付完了 copies as one outbox insert, to send with the submission's other writes (writeTogether); in a
 * list, as a query builder must not be returned from an async function (awaiting it would run it).
 * `actor`: the account acting now, whose address need not be looked up when it owns the application.
 */
export async function submissionReceivedMails(tx: DbOrTx, ctx: Ctx, row: ApplicationRow, at: Date, actor?: { id: string; email: string }) {
  const mails = (await recipients(tx, row, actor)).map((r) => ({
    jobKey: `application-submitted:${row.id}:${r.isOwner ? 'owner' : 'applicant'}`,
    message: submissionReceivedMail(r.to, factsOf(row, at), r.isOwner ? statusUrl(ctx, row) : null),
  }));
  return [mailsInsert(tx, ctx.clock, mails)];
}

/** R-EXAM-2: each resubmission is confirmed once (the job key names the RESUBMIT action, so a retry queues nothing). */
export async function mailResubmissionReceived(tx: DbOrTx, ctx: Ctx, row: ApplicationRow, actionId: number, at: Date, actor?: { id: string; email: string }): Promise<void> {
  for (const r of await recipients(tx, row, actor)) {
    const message = resubmissionReceivedMail(r.to, factsOf(row, at), r.isOwner ? statusUrl(ctx, row) : null);
    await enqueueMail(tx, ctx.clock, `application-resubmitted:${row.id}:${actionId}:${r.isOwner ? 'owner' : 'applicant'}`, message);
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
 * R-PLUS-6: the accounts of the person an intermediary's or an organisation's filing names. First the individual
 * profiles that recorded the person's numbers on the account page — residence card number, else nationality + passport
 * number — whose My Number card also gives the applicant's date of birth (a number typed on a profile alone does not
 * make someone the applicant); then the owners of applications the person filed themselves with those numbers.
 */
async function accountsOfApplicant(tx: DbOrTx, ctx: Ctx, row: ApplicationRow): Promise<Map<string, string | null>> {
  const answers = row.answers as Answers;
  const facts = applicantFactsOf(answers);
  const dateOfBirth = answers[STEP1_IDS.applicantDateOfBirth];
  const found = new Map<string, string | null>();
  const person = { residenceCardNumber: facts.residenceCardNumber, nationality: facts.nationality, passportNumber: facts.passportNumber };
  for (const profile of await findSelfProfilesByIdentity(tx, identityIndexes(ctx.config, person))) {
    if (typeof dateOfBirth === 'string' && cardFactsOf(profile).dateOfBirth === dateOfBirth) found.set(profile.accountId, profile.email);
  }
  for (const owner of await findSelfFiledOwners(tx, facts)) if (!found.has(owner)) found.set(owner, null);
  return found;
}

/** Each account named once per application (the job key also keeps a retried submission from mailing again). */
export async function mailFiledInYourName(tx: DbOrTx, ctx: Ctx, row: ApplicationRow, filer: Filer, at: Date): Promise<number> {
  if (filer.accountKind === 'INDIVIDUAL') return 0;
  let sent = 0;
  for (const [accountId, knownEmail] of await accountsOfApplicant(tx, ctx, row)) {
    if (accountId === filer.accountId) continue;
    let email = knownEmail;
    if (!email) {
      const account = await findAccount(tx, accountId);
      if (!account || account.status !== 'ACTIVE') continue;
      email = account.email;
    }
    const filerName = filer.organization ? filer.organization.name : `${filer.displayName}（申請取次者 / intermediary）`;
    await enqueueMail(tx, ctx.clock, `application-filed-in-name:${row.id}:${accountId}`, filedInYourNameMail(email, factsOf(row, at), filerName, `${ctx.config.publicUrl}/applications`));
    sent += 1;
  }
  return sent;
}
