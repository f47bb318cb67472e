import { formatAuthId } from '../../../domain/auth/auth-id.js';
import type { MailMessage } from '../../adapters/mail/mailer.js';

/** Account emails, Japanese first, then English (DESIGN §3.8). Links carry tokens in the fragment, never the query. */
function bilingualMail(to: string, subject: { ja: string; en: string }, ja: string[], en: string[]): MailMessage {
  const footer = ['', '---', '在留申請オンラインシステム / Zairyu Online', 'このメールは送信専用です。 / This address does not receive replies.'];
  return { to, subject: `${subject.ja} / ${subject.en}`, text: [...ja, '', '----------', '', ...en, ...footer].join('\n') };
}

export function passwordLinkMail(input: { to: string; authId: string; link: string; purpose: 'PASSWORD_SET' | 'PASSWORD_RESET'; validMinutes: number }): MailMessage {
  const id = formatAuthId(input.authId);
  const hours = input.validMinutes >= 120 ? `${input.validMinutes / 60}` : undefined;
  const validJa = hours ? `${hours}時間` : `${input.validMinutes}分`;
  const validEn = hours ? `${hours} hours` : `${input.validMinutes} minutes`;
  if (input.purpose === 'PASSWORD_SET') {
    return bilingualMail(input.to, { ja: 'パスワードの設定', en: 'Set your password' },
      [`認証ID ${id} のパスワードを、次のリンクから設定してください（${validJa}有効、1回限り）。`, input.link],
      [`Set the password for 認証ID ${id} from this link (valid for ${validEn}, single use).`, input.link]);
  }
  return bilingualMail(input.to, { ja: 'パスワードの再設定', en: 'Reset your password' },
    [`認証ID ${id} のパスワード再設定の依頼を受け付けました。次のリンクから新しいパスワードを設定してください（${validJa}有効、1回限り）。`, input.link,
      '心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。'],
    [`We received a request to reset the password for 認証ID ${id}. Set a new password from this link (valid for ${validEn}, single use).`, input.link,
      'If you did not ask for this, ignore this email; your password stays unchanged.']);
}

export function authIdRecoveryMail(to: string, authIds: string[]): MailMessage {
  const lines = authIds.map((id) => `  ${formatAuthId(id)}`);
  return bilingualMail(to, { ja: '認証IDのお知らせ', en: 'Your 認証ID' },
    ['このメールアドレスで登録されている認証IDは次のとおりです。', ...lines],
    ['These 認証IDs are registered with this email address:', ...lines]);
}

export function accountNoticeMail(to: string, event: 'PASSWORD_CHANGED' | 'TOTP_CHANGED' | 'EMAIL_CHANGED' | 'LOCKED' | 'DISABLED'): MailMessage {
  const text = {
    PASSWORD_CHANGED: { ja: 'パスワードが変更されました。', en: 'Your password was changed.' },
    TOTP_CHANGED: { ja: '2段階認証（認証アプリ）の設定が変更されました。', en: 'Your two-step verification (authenticator app) was changed.' },
    EMAIL_CHANGED: { ja: 'メールアドレスが変更されました。今後の連絡は新しいアドレスに送ります。', en: 'Your email address was changed. We will write to the new address from now on.' },
    LOCKED: { ja: 'ログインの失敗が続いたため、認証IDを一時的にロックしました。', en: 'After repeated failed sign-ins your 認証ID has been locked for a while.' },
    DISABLED: { ja: 'ログインの失敗が続いたため、認証IDを利用停止にしました。パスワードを再設定すると再び利用できます。', en: 'After repeated failed sign-ins your 認証ID has been disabled. Reset your password to use it again.' },
  }[event];
  return bilingualMail(to, { ja: 'アカウントに関するお知らせ', en: 'About your account' },
    [text.ja, '心当たりがない場合は、すぐにパスワードを再設定し、管理者に連絡してください。'],
    [text.en, 'If this was not you, reset your password at once and contact the administrator.']);
}

export function emailChangeConfirmMail(to: string, link: string, validMinutes: number): MailMessage {
  return bilingualMail(to, { ja: 'メールアドレスの確認', en: 'Confirm your email address' },
    [`メールアドレスを変更するには、次のリンクを開いてください（${validMinutes}分有効、1回限り）。`, link],
    [`To change your email address, open this link (valid for ${validMinutes} minutes, single use).`, link]);
}
