import { formatAuthId } from '../../../domain/auth/auth-id.js';
import type { MailMessage } from '../../adapters/mail/mailer.js';

export function bilingualMail(to: string, subject: { ja: string; en: string }, ja: string[], en: string[]): MailMessage {
  const footer = ['', '---', '在留申請オンラインシステム / Zairyu Online', 'このメールは送信専用です。 / This address does not receive replies.'];
  return { to, subject: `${subject.ja} / ${subject.en}`, text: [...ja, '', '----------', '', ...en, ...footer].join('\n') };
}

export function usageReceivedMail(to: string, organization: string, reference: string): MailMessage {
  return bilingualMail(to, { ja: '利用申出の受付', en: 'Usage application received' },
    [`${organization} の利用申出を受け付けました（受付番号 ${reference}）。審査の結果はメールでお知らせします。`],
    [`We have received the usage application of ${organization} (reference ${reference}). We will email you the result.`]);
}

export function usageRejectedMail(to: string, organization: string, reason: string): MailMessage {
  return bilingualMail(to, { ja: '利用申出の審査結果（不承認）', en: 'Usage application not approved' },
    [`${organization} の利用申出は承認されませんでした。理由:`, reason],
    [`The usage application of ${organization} was not approved. Reason:`, reason]);
}

/** The request for more, with the single-use link the organisation answers by (no account needed). */
export function usageMoreInformationMail(to: string, organization: string, request: string, link: string, untilDate: string): MailMessage {
  return bilingualMail(to, { ja: '利用申出について追加の情報のお願い', en: 'More information needed for your usage application' },
    [`${organization} の利用申出の審査のため、次の情報をお知らせください。`, request, '', `次のリンクから回答してください（${untilDate}まで有効、1回限り）。書類も添付できます。`, link],
    [`To review the usage application of ${organization}, we need the following information.`, request, '', `Answer from this link (valid until ${untilDate}, single use). You can attach documents.`, link]);
}

export function usageReplyReceivedMail(to: string, organization: string): MailMessage {
  return bilingualMail(to, { ja: '利用申出への回答の受付', en: 'Your answer has been received' },
    [`${organization} の利用申出について、回答を受け付けました。審査を再開し、結果はメールでお知らせします。`],
    [`We have received your answer about the usage application of ${organization}. The review continues and we will email you the result.`]);
}

/** To the reviewer who asked: the application is back in the office's queue. */
export function usageReplyNoticeMail(to: string, organization: string, reviewUrl: string): MailMessage {
  return bilingualMail(to, { ja: '利用申出への回答がありました', en: 'An organisation has answered your request' },
    [`${organization} から、追加の情報の求めへの回答がありました。審査待ちの一覧で確認してください。`, reviewUrl],
    [`${organization} has answered your request for more information. See the list of usage applications awaiting review.`, reviewUrl]);
}

/** To the address that filed: the result, besides the approval mails each staff member receives. */
export function usageApprovedMail(to: string, organization: string, staffCount: number): MailMessage {
  return bilingualMail(to, { ja: '利用申出の審査結果（承認）', en: 'Usage application approved' },
    [`${organization} の利用申出を承認しました。登録された職員${staffCount}名に、パスワード設定のご案内をメールでお送りしました。`],
    [`The usage application of ${organization} is approved. We have emailed the ${staffCount} enrolled staff member(s) how to set their password.`]);
}

export function additionalReceivedMail(to: string, organization: string, reference: string): MailMessage {
  return bilingualMail(to, { ja: '追加の利用申出の受付', en: 'Additional usage application received' },
    [`${organization} の追加の利用申出を受け付けました（受付番号 ${reference}）。審査の結果はメールでお知らせします。`],
    [`We have received the additional usage application of ${organization} (reference ${reference}). We will email you the result.`]);
}

/** Sent to each staff member: the 認証ID follows once the password is set. */
export function staffApprovedMail(to: string, organization: string, link: string, validHours: number, validUntil: string): MailMessage {
  return bilingualMail(to, { ja: '利用申出の承認', en: 'Usage application approved' },
    [`${organization} の利用申出が承認され、あなたが利用者として登録されました（認証IDの有効期限 ${validUntil}）。`,
      `次のリンクからパスワードを設定してください（${validHours}時間有効、1回限り）。設定後、認証IDをメールでお知らせします。`, link],
    [`The usage application of ${organization} is approved and you are enrolled as a user (the 認証ID is valid until ${validUntil}).`,
      `Set your password from this link (valid for ${validHours} hours, single use). We will then email your 認証ID.`, link]);
}

export function staffAuthIdMail(to: string, authId: string, signInUrl: string): MailMessage {
  const id = formatAuthId(authId);
  return bilingualMail(to, { ja: '認証IDのお知らせ', en: 'Your 認証ID' },
    ['パスワードの設定が完了しました。あなたの認証IDは次のとおりです。', `  ${id}`, '初回ログイン時に認証アプリ（ワンタイムパスワード）を登録します。', signInUrl],
    ['Your password is set. Your 認証ID is:', `  ${id}`, 'At the first sign-in you will register an authenticator app (one-time codes).', signInUrl]);
}
