import type { Answers } from '../../../forms/types.js';
import { isOneOf } from '../../../domain/eligibility/list.js';
import { OFFICE_CODES, getOffice } from '../../../domain/reference/bureaus.js';
import { getProcedure } from '../../../domain/reference/procedures.js';
import { enqueueMail, type MailMessage } from '../../adapters/mail/mailer.js';
import { renderMail } from '../../adapters/mail/render-mail.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { findAccount } from '../accounts/account-repository.js';
import { applicantFactsOf, proceduresOf } from '../applications/applicant-facts.js';
import type { ApplicationRow } from '../applications/application-repository.js';
import { bilingualDateTime } from '../applications/mail-templates.js';

const FOOTER_JA = '在留申請オンラインシステム\nこのメールは送信専用です。返信されてもお答えできません。';
const FOOTER_EN = 'Zairyu Online (Online Residence Application System)\nThis address does not receive replies.';

/** R-EXAM-2 差戻し: what was wrong, and that the filer corrects and resubmits the same application. */
export function returnMail(to: string, row: ApplicationRow, reasons: readonly string[], at: Date, statusUrl: string | null): MailMessage {
  const procedures = proceduresOf(row.answers as Answers).map(getProcedure);
  const office = isOneOf(OFFICE_CODES, row.office) ? getOffice(row.office) : undefined;
  const when = bilingualDateTime(at);
  const ja = [
    '次の申請は、形式上の不備があるため差し戻しました。内容を補正のうえ、同じ申請を再度提出してください。', '',
    `申請の種類: ${procedures.map((p) => p.nameJa).join('、') || '—'}`, `申請人: ${row.applicantName ?? '—'}`,
    ...(office ? [`審査する官署: ${office.nameJa}`] : []), `日時: ${when.ja}`, '', '差戻しの理由:', ...reasons.map((r) => `・${r}`),
    ...(statusUrl ? ['', statusUrl] : []), '', FOOTER_JA,
  ];
  const en = [
    'The following application has been returned for correction because of defects in form. Please correct it and submit the same application again.', '',
    `Application: ${procedures.map((p) => p.nameEn).join(', ') || '—'}`, `Applicant: ${row.applicantName ?? '—'}`,
    ...(office ? [`Examining office: ${office.nameEn}`] : []), `Date and time: ${when.en}`, '', 'Reasons:', ...reasons.map((r) => `- ${r}`),
    ...(statusUrl ? ['', statusUrl] : []), '', FOOTER_EN,
  ];
  const rendered = renderMail({ subjectJa: '申請差戻しのお知らせ', subjectEn: 'Your application has been returned for correction', bodyJa: ja.join('\n'), bodyEn: en.join('\n') });
  return { to, subject: rendered.subject, text: rendered.text, html: rendered.html };
}

/**
 * R-MAIL-1: the system user who filed (the owner's account) and the applicant's notification address, once each;
 * the job key carries the action's key, so a retried return queues nothing new (R-MAIL-2).
 */
export async function mailReturn(tx: DbOrTx, ctx: Pick<AppContext, 'clock' | 'config'>, row: ApplicationRow, reasons: readonly string[], actionId: number, at: Date): Promise<void> {
  const owner = await findAccount(tx, row.ownerAccountId);
  const recipients: { to: string; isOwner: boolean }[] = owner ? [{ to: owner.email, isOwner: true }] : [];
  const notification = applicantFactsOf(row.answers as Answers).notificationEmail;
  if (notification && !recipients.some((r) => r.to === notification)) recipients.push({ to: notification, isOwner: false });
  for (const r of recipients) {
    const url = r.isOwner ? `${ctx.config.publicUrl}/applications/${row.id}` : null;
    await enqueueMail(tx, ctx.clock, `application-returned:${row.id}:${actionId}:${r.isOwner ? 'owner' : 'applicant'}`, returnMail(r.to, row, reasons, at, url));
  }
}
