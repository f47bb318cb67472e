import { formatAuthId } from '../../../domain/auth/auth-id.js';
import type { MailMessage } from '../../adapters/mail/mailer.js';

function bilingualMail(to: string, subject: { ja: string; en: string }, ja: string[], en: string[]): MailMessage {
  const footer = ['', '---', '在留申請オンラインシステム / Zairyu Online', 'このメールは送信専用です。 / This address does not receive replies.'];
  return { to, subject: `${subject.ja} / ${subject.en}`, text: [...ja, '', '----------', '', ...en, ...footer].join('\n') };
}

export function intermediaryReceivedMail(to: string): MailMessage {
  return bilingualMail(to, { ja: '申請等取次者の利用者登録の受付', en: 'Your registration as an application agent is received' },
    ['申請等取次者としての利用者登録を受け付けました。事務所所在地を管轄する地方出入国在留管理局で確認後、結果をメールでお知らせします。'],
    ['Your registration as an application agent (申請等取次者) is received. The bureau with jurisdiction over your office will review it and email you the result.']);
}

export function intermediaryApprovedMail(to: string, link: string, validHours: number): MailMessage {
  return bilingualMail(to, { ja: '申請等取次者の利用者登録の承認', en: 'Your registration as an application agent is approved' },
    ['申請等取次者としての利用者登録を承認しました。', `次のリンクからパスワードを設定してください（${validHours}時間有効、1回限り）。設定後、認証IDをメールでお知らせします。`,
      '初回ログイン時に、認証アプリ（TOTP）の登録が必要です。', link],
    ['Your registration as an application agent (申請等取次者) is approved.', `Set your password from this link (valid for ${validHours} hours, single use). We will then email your 認証ID.`,
      'At your first sign-in you will register an authenticator app (TOTP).', link]);
}

export function intermediaryRejectedMail(to: string, reason: string): MailMessage {
  return bilingualMail(to, { ja: '申請等取次者の利用者登録の結果', en: 'The result of your registration as an application agent' },
    ['申請等取次者としての利用者登録は承認されませんでした。理由は次のとおりです。', '', reason, '', '内容を確認のうえ、改めて登録してください。'],
    ['Your registration as an application agent (申請等取次者) was not approved, for this reason (as written by the bureau):', '', reason, '', 'Please check the details and register again.']);
}

export function intermediaryAuthIdMail(to: string, authId: string, signInUrl: string): MailMessage {
  const id = formatAuthId(authId);
  return bilingualMail(to, { ja: '認証IDのお知らせ', en: 'Your 認証ID' },
    ['パスワードの設定が完了しました。あなたの認証IDは次のとおりです。', `  ${id}`, 'ログインは「法人、弁護士・行政書士」のログイン画面から、認証IDとパスワードで行います。初回は認証アプリの登録が必要です。', signInUrl],
    ['Your password is set. Your 認証ID is:', `  ${id}`, 'Sign in on the "organisations, lawyers and scriveners" page with the 認証ID and the password. The first time, you will register an authenticator app.', signInUrl]);
}
