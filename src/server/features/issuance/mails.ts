import type { Answers } from '../../../forms/types.js';
import { ISSUANCE_UNIT } from '../../../domain/reference/bureaus.js';
import { getProcedure } from '../../../domain/reference/procedures.js';
import type { Bilingual } from '../../../domain/validation/field-errors.js';
import { enqueueMail, type MailMessage } from '../../adapters/mail/mailer.js';
import { renderMail } from '../../adapters/mail/render-mail.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { findAccount } from '../accounts/account-repository.js';
import { applicantFactsOf, proceduresOf } from '../applications/applicant-facts.js';
import type { ApplicationRow } from '../applications/application-repository.js';

const FOOTER_JA = '在留申請オンラインシステム\nこのメールは送信専用です。返信されてもお答えできません。';
const FOOTER_EN = 'Zairyu Online (Online Residence Application System)\nThis address does not receive replies.';

/** A mail of the issuance stage: its subject and the body lines in Japanese, then English (R-MAIL-1). */
export interface IssuanceMail {
  subject: Bilingual;
  ja: string[];
  en: string[];
}

export const yen = (amount: number): Bilingual => ({ ja: `${amount.toLocaleString('ja-JP')}円`, en: `JPY ${amount.toLocaleString('en-US')}` });

function caseLines(row: ApplicationRow): { ja: string[]; en: string[] } {
  const procedures = proceduresOf(row.answers as Answers).map(getProcedure);
  return {
    ja: [`申請受付番号: ${row.receptionNumber ?? '—'}`, `申請の種類: ${procedures.map((p) => p.nameJa).join('、') || '—'}`, `申請人: ${row.applicantName ?? '—'}`],
    en: [`Reception number: ${row.receptionNumber ?? '—'}`, `Application: ${procedures.map((p) => p.nameEn).join(', ') || '—'}`, `Applicant: ${row.applicantName ?? '—'}`],
  };
}

export function renderIssuanceMail(to: string, row: ApplicationRow, content: IssuanceMail, url: string | null): MailMessage {
  const facts = caseLines(row);
  const link = url ? ['', url] : [];
  const rendered = renderMail({
    subjectJa: content.subject.ja, subjectEn: content.subject.en,
    bodyJa: [...content.ja, '', ...facts.ja, ...link, '', FOOTER_JA].join('\n'),
    bodyEn: [...content.en, '', ...facts.en, ...link, '', FOOTER_EN].join('\n'),
  });
  return { to, subject: rendered.subject, text: rendered.text, html: rendered.html };
}

/** R-RES-1: what to mail to the Odaiba unit (never the passport). */
export function mailInstructions(items: readonly Bilingual[], feeYen: number): IssuanceMail {
  const fee = yen(feeYen);
  return {
    subject: { ja: '審査終了のお知らせ（在留カード等の郵送による受領）', en: 'Examination completed: receiving your residence card by mail' },
    ja: [
      '審査が終了しました（許可）。新しい在留カード等を郵送しますので、次のものを下記の宛先に郵送してください。旅券（パスポート）は送らないでください。', '',
      ...items.map((i) => `・${i.ja}`), '', `手数料: ${fee.ja}（収入印紙で納付）`, `宛先: ${ISSUANCE_UNIT.nameJa}`, '封筒の表に申請受付番号を記載してください。',
    ],
    en: [
      'The examination has been completed (granted). The new residence card will be sent by mail: please mail the following to the address below. Do not send your passport.', '',
      ...items.map((i) => `- ${i.en}`), '', `Fee: ${fee.en} (paid by revenue stamps)`, `Send to: ${ISSUANCE_UNIT.nameEn}`, 'Write the reception number on the envelope.',
    ],
  };
}

/** R-RES-1 counter cases: come to the counter with the listed items. */
export function counterInstructions(items: readonly Bilingual[], feeYen: number): IssuanceMail {
  const fee = yen(feeYen);
  return {
    subject: { ja: '審査終了のお知らせ（窓口での受領）', en: 'Examination completed: collect the result at the counter' },
    ja: ['審査が終了しました（許可）。次のものをお持ちのうえ、審査した官署の窓口にお越しください。', '', ...items.map((i) => `・${i.ja}`), '', `手数料: ${fee.ja}（収入印紙で納付）`],
    en: ['The examination has been completed (granted). Please come to the counter of the examining office with the following.', '', ...items.map((i) => `- ${i.en}`), '', `Fee: ${fee.en} (paid by revenue stamps)`],
  };
}

/** R-RES-2: the COE will be emailed; nothing to send. */
export const ECOE_PENDING: IssuanceMail = {
  subject: { ja: '審査終了のお知らせ（在留資格認定証明書の電子交付）', en: 'Examination completed: the Certificate of Eligibility will be emailed' },
  ja: ['審査が終了しました（許可）。在留資格認定証明書は電子メールで交付します。別途お送りするメールをお待ちください。'],
  en: ['The examination has been completed (granted). The Certificate of Eligibility will be issued by email; please wait for that email.'],
};

/**
 * R-MAIL-1: the account that filed and the applicant's notification address, once each. The job key carries the
 * step's key, so a retried step queues nothing new (R-MAIL-2).
 */
export async function mailBoth(
  tx: DbOrTx, ctx: Pick<AppContext, 'clock' | 'config'>, row: ApplicationRow, stepKey: string, content: IssuanceMail,
  link: (isOwner: boolean) => string | null = (isOwner) => (isOwner ? `${ctx.config.publicUrl}/applications/${row.id}` : null),
): Promise<void> {
  const owner = await findAccount(tx, row.ownerAccountId);
  const recipients: { to: string; isOwner: boolean }[] = owner ? [{ to: owner.email, isOwner: true }] : [];
  const notification = applicantFactsOf(row.answers as Answers).notificationEmail;
  if (notification && !recipients.some((r) => r.to === notification)) recipients.push({ to: notification, isOwner: false });
  for (const r of recipients) {
    await enqueueMail(tx, ctx.clock, `issuance:${row.id}:${stepKey}:${r.isOwner ? 'owner' : 'applicant'}`, renderIssuanceMail(r.to, row, content, link(r.isOwner)));
  }
}
