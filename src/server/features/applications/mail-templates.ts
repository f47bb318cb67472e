import { getOffice, type OfficeCode } from '../../../domain/reference/bureaus.js';
import { getProcedure, type ProcedureCode } from '../../../domain/reference/procedures.js';
import type { MailMessage } from '../../adapters/mail/mailer.js';
import { renderMail } from '../../adapters/mail/render-mail.js';
import { bilingualDate } from '../../adapters/documents/bilingual-document.js';

/** What every application mail names: the procedures, the applicant, the office, and when. */
export interface MailFacts {
  procedures: readonly ProcedureCode[];
  applicantName: string | null;
  office: OfficeCode | null;
  at: Date;
}

const FOOTER_JA = '在留申請オンラインシステム\nこのメールは送信専用です。返信されてもお答えできません。';
const FOOTER_EN = 'Zairyu Online (Online Residence Application System)\nThis address does not receive replies.';

/** A JST date and time in both languages, e.g. 2026年11月23日 10:00 and 23 November 2026, 10:00 JST. */
export function bilingualDateTime(instant: Date): { ja: string; en: string } {
  const date = bilingualDate(instant);
  const time = new Date(instant.getTime() + 9 * 3_600_000).toISOString().slice(11, 16);
  return { ja: `${date.ja} ${time}`, en: `${date.en}, ${time} JST` };
}

function factLines(facts: MailFacts): { ja: string[]; en: string[] } {
  const procedures = facts.procedures.map(getProcedure);
  const office = facts.office ? getOffice(facts.office) : undefined;
  const at = bilingualDateTime(facts.at);
  const ja = [`申請の種類: ${procedures.map((p) => p.nameJa).join('、') || '—'}`, `申請人: ${facts.applicantName ?? '—'}`];
  const en = [`Application: ${procedures.map((p) => p.nameEn).join(', ') || '—'}`, `Applicant: ${facts.applicantName ?? '—'}`];
  if (office) {
    ja.push(`審査する官署: ${office.nameJa}`);
    en.push(`Examining office: ${office.nameEn}`);
  }
  return { ja: [...ja, `日時: ${at.ja}`], en: [...en, `Date and time: ${at.en}`] };
}

function mail(to: string, subject: { ja: string; en: string }, ja: string[], en: string[]): MailMessage {
  const rendered = renderMail({ subjectJa: subject.ja, subjectEn: subject.en, bodyJa: [...ja, '', FOOTER_JA].join('\n'), bodyEn: [...en, '', FOOTER_EN].join('\n') });
  return { to, subject: rendered.subject, text: rendered.text, html: rendered.html };
}

/** R-SUB-2: right after submission, to the user and to the applicant's notification address (R-MAIL-1). */
export function submissionReceivedMail(to: string, facts: MailFacts, statusUrl: string | null): MailMessage {
  const lines = factLines(facts);
  return mail(to, { ja: '申請受付完了のお知らせ', en: 'Your application has been received' },
    ['在留申請オンラインシステムで、次の申請を受け付けました。', '', ...lines.ja, '',
      '受付番号は、入管庁が受付を行った時点（遅くとも翌日）に「申請受付番号のお知らせ」メールでお知らせします。',
      ...(statusUrl ? ['申請の状況は次のページで確認できます。', statusUrl] : [])],
    ['We have received the following application through Zairyu Online.', '', ...lines.en, '',
      'The reception number follows in the email "申請受付番号のお知らせ" when the bureau accepts the application (by the next day at the latest).',
      ...(statusUrl ? ['You can follow the application on this page:', statusUrl] : [])]);
}

/** R-EXAM-2: the corrected application is back with the bureau; the reception number follows at acceptance as before. */
export function resubmissionReceivedMail(to: string, facts: MailFacts, statusUrl: string | null): MailMessage {
  const lines = factLines(facts);
  return mail(to, { ja: '再提出を受け付けました', en: 'Your corrected application has been resubmitted' },
    ['差戻しを受けて訂正された次の申請の再提出を受け付けました。入管庁が改めて確認します。', '', ...lines.ja, '',
      '受付番号は、入管庁が受付を行った時点（遅くとも翌日）に「申請受付番号のお知らせ」メールでお知らせします。',
      ...(statusUrl ? ['申請の状況は次のページで確認できます。', statusUrl] : [])],
    ['We have received the following application again, corrected after it was returned. The bureau will check it again.', '', ...lines.en, '',
      'The reception number follows in the email "申請受付番号のお知らせ" when the bureau accepts the application (by the next day at the latest).',
      ...(statusUrl ? ['You can follow the application on this page:', statusUrl] : [])]);
}

/** R-SUB-2: the reception number; this mail is the applicant's proof of a pending application. */
export function receptionNumberMail(to: string, facts: MailFacts, receptionNumber: string, statusUrl: string | null): MailMessage {
  const lines = factLines(facts);
  return mail(to, { ja: '申請受付番号のお知らせ', en: 'Your reception number' },
    ['次の申請を受け付け、受付番号を付与しました。', '', `受付番号: ${receptionNumber}`, ...lines.ja, '',
      'このメールは、申請中であることの証明になります。大切に保管してください。', ...(statusUrl ? [statusUrl] : [])],
    ['The bureau has accepted the following application and given it a reception number.', '', `Reception number: ${receptionNumber}`, ...lines.en, '',
      'This email shows that your application is pending. Please keep it.', ...(statusUrl ? [statusUrl] : [])]);
}

/** R-SUB-4 / R-MAIL-1: the withdrawal is confirmed with its reason. */
export function withdrawalMail(to: string, facts: MailFacts, receptionNumber: string | null, reason: string): MailMessage {
  const lines = factLines(facts);
  const number = receptionNumber ? [`受付番号: ${receptionNumber}`] : [];
  const numberEn = receptionNumber ? [`Reception number: ${receptionNumber}`] : [];
  return mail(to, { ja: '申請取下げのお知らせ', en: 'Your application has been withdrawn' },
    ['次の申請の取下げを受け付けました。', '', ...number, ...lines.ja, `取下げの理由: ${reason}`],
    ['The withdrawal of the following application has been received.', '', ...numberEn, ...lines.en, `Reason for the withdrawal: ${reason}`]);
}

/** R-PLUS-6: the person's own account hears of every filing in their name by an intermediary or an organisation. */
export function filedInYourNameMail(to: string, facts: MailFacts, filerName: string, statusUrl: string): MailMessage {
  const lines = factLines(facts);
  return mail(to, { ja: 'あなたを申請人とする申請が行われました', en: 'An application was filed in your name' },
    [`${filerName} が、あなたを申請人として次の申請を行いました。`, '', ...lines.ja, '',
      '心当たりがない場合は、最寄りの地方出入国在留管理局にご相談ください。', statusUrl],
    [`${filerName} has filed the following application with you as the applicant.`, '', ...lines.en, '',
      'If you did not expect this, contact your regional immigration services bureau.', statusUrl]);
}
