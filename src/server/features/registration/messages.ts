import type { Bilingual } from '../../../domain/validation/field-errors.js';

/** What individual registration and card sign-in say to users, in Japanese and English. */
export const REGISTRATION_MESSAGES = {
  noCardBinding: {
    ja: 'カードの読み取りをやり直してください（確認用の情報が見つかりません）。',
    en: 'Please read the card again (the check for this browser was not found).',
  },
  alreadyRegistered: {
    ja: 'このマイナンバーカードは既に利用者登録されています。認証IDをお忘れの場合は「認証IDを忘れた方」から確認してください。',
    en: 'This My Number card is already registered. If you have forgotten your 認証ID, use "Forgot your 認証ID?".',
  },
  checkExpired: {
    ja: 'カードの読み取りから時間が経ったため、もう一度カードを読み取ってください。',
    en: 'Too much time has passed since the card was read. Please read the card again.',
  },
  renewalRequired: {
    ja: 'この方は既に登録されています。新しいカードへの切替えは、パスワードとメールで届く確認コードで行ってください。',
    en: 'This person is already registered. Move the account to the new card with your password and the code we email you.',
  },
  notRenewal: { ja: 'このカードは切替えの対象ではありません。', en: 'This card is not one to move an account to.' },
  termsRequired: { ja: '利用規約に同意してください。', en: 'Please accept the terms of use.' },
  relationshipRequired: { ja: '続柄を入力してください。', en: 'Enter the relationship.' },
  invalidCredentials: { ja: '認証ID、パスワードまたはカードが正しくありません。', en: 'The 認証ID, password or card is not correct.' },
  wrongCard: {
    ja: 'このカードはこの認証IDに登録されたカードではありません。カードを更新した場合は、新しいカードで利用者登録の画面から切替えを行ってください。',
    en: 'This card is not the one registered for this 認証ID. If your card was renewed, move your account to it from the registration page.',
  },
  registrationPending: {
    ja: '利用者登録が完了していません。承認メールのリンクからパスワードを設定してください。',
    en: 'Your registration is not complete. Set your password from the link in the approval email.',
  },
  invalidRenewalCode: { ja: '確認コードが正しくないか、有効期限が切れています。', en: 'The code is not correct or has expired.' },
  registered: {
    ja: '利用者登録を受け付けました。承認のメールを送信しましたので、メールのリンクからパスワードを設定してください。',
    en: 'Your registration has been received. We have sent an approval email; set your password from its link.',
  },
  codeSent: { ja: '確認コードを登録済みのメールアドレスに送信しました。', en: 'We have sent a code to the registered email address.' },
  identityNotSelf: {
    ja: '在留カード番号・旅券番号は、外国人本人として利用者登録した方だけが登録できます。',
    en: 'Only a foreign national registered as themselves can record a residence card or passport number.',
  },
  rebound: { ja: '新しいカードへの切替えが完了しました。新しいカードでログインしてください。', en: 'Your account now uses the new card. Sign in with it.' },
} satisfies Record<string, Bilingual>;
