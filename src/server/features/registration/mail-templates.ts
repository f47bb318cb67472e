import { formatAuthId } from '../../../domain/auth/auth-id.js';
import type { MailMessage } from '../../adapters/mail/mailer.js';

function bilingualMail(to: string, subject: { ja: string; en: string }, ja: string[], en: string[]): MailMessage {
  const footer = ['', '---', '在留申請オンラインシステム / Zairyu Online', 'このメールは送信専用です。 / This address does not receive replies.'];
  return { to, subject: `${subject.ja} / ${subject.en}`, text: [...ja, '', '----------', '', ...en, ...footer].join('\n') };
}

/** Individuals are approved as soon as the card is verified: the approval carries the single-use password link. */
export function registrationApprovedMail(to: string, link: string, validHours: number): MailMessage {
  return bilingualMail(to, { ja: '利用者登録の承認', en: 'Your registration is approved' },
    ['マイナンバーカードによる利用者登録を承認しました。', `次のリンクからパスワードを設定してください（${validHours}時間有効、1回限り）。設定後、認証IDをメールでお知らせします。`, link],
    ['Your registration with the My Number card is approved.', `Set your password from this link (valid for ${validHours} hours, single use). We will then email your 認証ID.`, link]);
}

export function authIdIssuedMail(to: string, authId: string, signInUrl: string): MailMessage {
  const id = formatAuthId(authId);
  return bilingualMail(to, { ja: '認証IDのお知らせ', en: 'Your 認証ID' },
    ['パスワードの設定が完了しました。あなたの認証IDは次のとおりです。', `  ${id}`, 'ログインには、マイナンバーカード（利用者証明用電子証明書の暗証番号）、認証ID、パスワードを使います。', signInUrl],
    ['Your password is set. Your 認証ID is:', `  ${id}`, 'To sign in you need your My Number card (with its 4-digit PIN), the 認証ID and the password.', signInUrl]);
}

export function renewalCodeMail(to: string, code: string, validMinutes: number): MailMessage {
  return bilingualMail(to, { ja: '新しいカードへの切替えの確認コード', en: 'Code to move your account to a new card' },
    [`確認コード: ${code}`, `${validMinutes}分以内に入力してください。心当たりがない場合は、このメールを破棄してください。`],
    [`Code: ${code}`, `Enter it within ${validMinutes} minutes. If you did not ask for this, ignore this email.`]);
}

export function cardReboundMail(to: string): MailMessage {
  return bilingualMail(to, { ja: 'カードの切替え完了', en: 'Your account uses a new card' },
    ['アカウントを新しいマイナンバーカードに切り替えました。心当たりがない場合は、すぐに管理者に連絡してください。'],
    ['Your account now uses a new My Number card. If this was not you, contact the administrator at once.']);
}
