import { formatAuthId } from '../../../domain/auth/auth-id.js';
import type { ExpiryReminder } from '../../../domain/organizations/periodic-report.js';
import type { MailMessage } from '../../adapters/mail/mailer.js';
import { bilingualMail } from './mail-templates.js';

export function reportReceivedMail(to: string, organization: string): MailMessage {
  return bilingualMail(to, { ja: '定期報告の受付', en: 'Periodic report received' },
    [`${organization} の定期報告を受け付けました。審査の結果はメールでお知らせします。`],
    [`We have received the periodic report of ${organization}. We will email you the result.`]);
}

export function reportApprovedMail(to: string, organization: string, validUntil: string): MailMessage {
  return bilingualMail(to, { ja: '定期報告の承認（認証IDの有効期限の更新）', en: 'Periodic report approved: 認証ID renewed' },
    [`${organization} の定期報告が承認されました。あなたの認証IDの有効期限は ${validUntil} に更新されました。`],
    [`The periodic report of ${organization} is approved. Your 認証ID is now valid until ${validUntil}.`]);
}

export function reportEndedMail(to: string, organization: string): MailMessage {
  return bilingualMail(to, { ja: '認証IDの利用の終了', en: 'Your 認証ID has ended' },
    [`${organization} の定期報告で在職していないと報告されたため、あなたの認証IDは利用できなくなりました。`],
    [`The periodic report of ${organization} says you are no longer in service, so your 認証ID can no longer be used.`]);
}

export function reportRejectedMail(to: string, organization: string, reason: string): MailMessage {
  return bilingualMail(to, { ja: '定期報告の審査結果（不承認）', en: 'Periodic report not approved' },
    [`${organization} の定期報告は承認されませんでした。理由:`, reason, '内容を見直して、もう一度報告してください。'],
    [`The periodic report of ${organization} was not approved. Reason:`, reason, 'Please review it and report again.']);
}

const REMINDER_SUBJECT: Record<ExpiryReminder, { ja: string; en: string }> = {
  TWO_MONTHS: { ja: '認証IDの有効期限のお知らせ（定期報告のお願い）', en: 'Your 認証ID expires in 2 months: periodic report' },
  ONE_MONTH: { ja: '【再通知】認証IDの有効期限が近づいています（定期報告のお願い）', en: 'Reminder: your 認証ID expires in 1 month: periodic report' },
};

/** R-ORG-3, R-MAIL-1: the expiry reminder, 2 months and again 1 month before. */
export function expiryReminderMail(to: string, input: { reminder: ExpiryReminder; authId: string; organization: string; expiryDate: string; dueDate: string; link: string }): MailMessage {
  const id = formatAuthId(input.authId);
  return bilingualMail(to, REMINDER_SUBJECT[input.reminder],
    [`${input.organization} のあなたの認証ID ${id} は ${input.expiryDate} に有効期限を迎えます。`,
      `引き続き利用するには、${input.dueDate} までに定期報告をしてください。承認されると有効期限が3年間延長されます。有効期限を過ぎた認証IDではログインできません。`, input.link],
    [`Your 認証ID ${id} of ${input.organization} expires on ${input.expiryDate}.`,
      `To keep using it, file the periodic report by ${input.dueDate}. Once approved, the 認証ID is renewed for 3 years. An expired 認証ID cannot sign in.`, input.link]);
}
