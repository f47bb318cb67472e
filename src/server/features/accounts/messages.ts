import type { Bilingual } from '../../../domain/validation/field-errors.js';

/** What the accounts feature says to users, in Japanese and English (the error handler sends these). */
export const AUTH_MESSAGES = {
  unauthenticated: { ja: 'ログインしてください。', en: 'Please sign in.' },
  sessionExpired: {
    ja: '一定時間操作がなかったため、または利用時間の上限に達したため、ログアウトしました。もう一度ログインしてください。',
    en: 'You were signed out after a period of inactivity or because the session reached its time limit. Please sign in again.',
  },
  forbidden: { ja: 'この操作を行う権限がありません。', en: 'You do not have permission to do this.' },
  invalidCredentials: { ja: '認証IDまたはパスワードが正しくありません。', en: 'The 認証ID or password is not correct.' },
  invalidCode: { ja: '確認コードが正しくないか、既に使用されています。認証アプリの最新のコードを入力してください。', en: 'The code is not correct or has already been used. Enter the latest code from your authenticator app.' },
  throttled: { ja: '失敗が続いたため、しばらく待ってから再度お試しください。', en: 'Too many failed attempts. Please wait and try again.' },
  locked: {
    ja: '失敗が続いたため、この認証IDは一時的にロックされています。15分ほど待ってから再度お試しください。',
    en: 'After repeated failures this 認証ID is locked for a while. Please try again in about 15 minutes.',
  },
  disabled: {
    ja: '失敗が続いたため、この認証IDは利用停止になっています。「パスワードを忘れた方」から再設定すると再び利用できます。',
    en: 'After repeated failures this 認証ID has been disabled. Reset your password ("Forgot your password?") to use it again.',
  },
  addressLimited: { ja: 'このネットワークからの失敗が多いため、しばらく受け付けられません。時間をおいて再度お試しください。', en: 'Too many failed attempts from your network. Please try again later.' },
  accountDisabledByAdministrator: { ja: 'このアカウントは利用停止されています。管理者にお問い合わせください。', en: 'This account has been disabled. Please contact the administrator.' },
  authIdExpired: {
    ja: 'この認証IDは有効期限が切れています。定期報告により更新してください。',
    en: 'This 認証ID has expired. Renew it with the periodic report.',
  },
  useCard: { ja: 'このアカウントはマイナンバーカードでログインしてください。', en: 'Sign in to this account with your My Number card.' },
  secondFactorPending: { ja: '確認コードの入力を完了してください。', en: 'Finish entering your verification code.' },
  reauthenticationRequired: {
    ja: '安全のため、変更の前にパスワードをもう一度入力してください。',
    en: 'For your security, enter your password again before making this change.',
  },
  invalidLink: {
    ja: 'このリンクは無効です（有効期限切れ、または使用済み）。もう一度手続をやり直してください。',
    en: 'This link is not valid (it has expired or has already been used). Please start again.',
  },
  passwordRejected: { ja: 'このパスワードは使えません。理由を確認してください。', en: 'This password cannot be used. See the reasons.' },
  mailSent: {
    ja: '登録されているメールアドレスであれば、案内のメールを送信しました。メールが届かない場合は、入力したアドレスを確認してください。',
    en: 'If the address is registered, we have sent an email with instructions. If nothing arrives, check the address you entered.',
  },
  officerEmailInUse: { ja: 'このメールアドレスの職員アカウントは既にあります。', en: 'An officer account with this email address already exists.' },
  enrolmentNotStarted: { ja: '認証アプリの登録を最初からやり直してください。', en: 'Start the authenticator setup again.' },
} satisfies Record<string, Bilingual>;
