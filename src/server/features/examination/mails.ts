import type { Answers } from '../../../forms/types.js';
import { enqueueMail, type MailMessage } from '../../adapters/mail/mailer.js';
import { renderMail } from '../../adapters/mail/render-mail.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { findAccount } from '../accounts/account-repository.js';
import { applicantFactsOf } from '../applications/applicant-facts.js';
import type { ApplicationRow } from '../applications/application-repository.js';

const FOOTER_JA = '在留申請オンラインシステム\nこのメールは送信専用です。返信されてもお答えできません。';
const FOOTER_EN = 'Zairyu Online (Online Residence Application System)\nThis address does not receive replies.';

export interface Notice {
  kind: string;
  subjectJa: string;
  subjectEn: string;
  ja: string[];
  en: string[];
}

type Ctx = Pick<AppContext, 'clock' | 'config'>;

function mailOf(to: string, row: ApplicationRow, notice: Notice, url: string | null): MailMessage {
  const ref = row.receptionNumber ?? '—';
  const bodyJa = [...notice.ja, '', `受付番号: ${ref}`, `申請人: ${row.applicantName ?? '—'}`, ...(url ? ['', url] : []), '', FOOTER_JA].join('\n');
  const bodyEn = [...notice.en, '', `Reception number: ${ref}`, `Applicant: ${row.applicantName ?? '—'}`, ...(url ? ['', url] : []), '', FOOTER_EN].join('\n');
  const rendered = renderMail({ subjectJa: notice.subjectJa, subjectEn: notice.subjectEn, bodyJa, bodyEn });
  return { to, subject: rendered.subject, text: rendered.text, html: rendered.html };
}

/**
 * R-MAIL-1: the system user who filed and the applicant's notification address, once each, Japanese first;
 * the job key carries the action's id, so a retried action queues nothing new (R-MAIL-2).
 */
export async function mailFiler(tx: DbOrTx, ctx: Ctx, row: ApplicationRow, notice: Notice, actionId: number): Promise<void> {
  const owner = await findAccount(tx, row.ownerAccountId);
  const recipients: { to: string; isOwner: boolean }[] = owner ? [{ to: owner.email, isOwner: true }] : [];
  const notification = applicantFactsOf(row.answers as Answers).notificationEmail;
  if (notification && !recipients.some((r) => r.to === notification)) recipients.push({ to: notification, isOwner: false });
  for (const r of recipients) {
    const url = r.isOwner ? `${ctx.config.publicUrl}/applications/${row.id}` : null;
    await enqueueMail(tx, ctx.clock, `${notice.kind}:${row.id}:${actionId}:${r.isOwner ? 'owner' : 'applicant'}`, mailOf(r.to, row, notice, url));
  }
}

/** R-CASE-4: a filer's message is announced to the officer holding the case (no message text in the mail). */
export async function mailOfficer(tx: DbOrTx, ctx: Ctx, row: ApplicationRow, officerId: string, actionId: number): Promise<void> {
  const officer = await findAccount(tx, officerId);
  if (!officer) return;
  const notice: Notice = {
    kind: 'case-message-to-bureau', subjectJa: '申請者からのメッセージ', subjectEn: 'A message from the filer',
    ja: ['担当している申請に、申請者からメッセージが届きました。審査画面で確認してください。'],
    en: ['The filer has sent a message on a case you hold. Please read it on the case screen.'],
  };
  await enqueueMail(tx, ctx.clock, `${notice.kind}:${row.id}:${actionId}`, mailOf(officer.email, row, notice, `${ctx.config.publicUrl}/officer/cases/${row.id}`));
}

export const NOTICES = {
  documentsRequested: (deadline: string, items: readonly string[], message: string | undefined): Notice => ({
    kind: 'documents-requested', subjectJa: '資料提出通知', subjectEn: 'Additional documents requested',
    ja: ['審査のため、次の資料の提出をお願いします。申請の状況画面から、項目ごとにファイルを提出してください。', '', ...items.map((i) => `・${i}`), '', `提出期限: ${deadline}`, ...(message ? ['', message] : [])],
    en: ['The bureau needs the following documents to examine the application. Please upload them per item from the application\'s status page.', '', ...items.map((i) => `- ${i}`), '', `Deadline: ${deadline}`, ...(message ? ['', message] : [])],
  }),
  messageFromBureau: (): Notice => ({
    kind: 'case-message-to-filer', subjectJa: '入管からのメッセージ', subjectEn: 'A message from the immigration bureau',
    ja: ['申請について、入管からメッセージが届きました。申請の状況画面で確認してください。'],
    en: ['The immigration bureau has sent a message about the application. Please read it on the application\'s status page.'],
  }),
  corrected: (label: string, reason: string): Notice => ({
    kind: 'application-corrected', subjectJa: '申請内容の訂正', subjectEn: 'Your application has been corrected',
    ja: ['ご依頼により、申請内容を次のとおり訂正しました。', '', `項目: ${label}`, `理由: ${reason}`],
    en: ['At your request, the submitted content has been corrected as follows.', '', `Item: ${label}`, `Reason: ${reason}`],
  }),
  refused: (reason: string): Notice => ({
    kind: 'application-refused', subjectJa: '審査結果のお知らせ（不許可）', subjectEn: 'Result of the examination: refused',
    ja: ['申請について審査した結果、不許可となりました。', '', '理由:', reason],
    en: ['The application has been examined and refused.', '', 'Reason:', reason],
  }),
};
