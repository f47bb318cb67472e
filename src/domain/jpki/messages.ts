import type { Bilingual } from '../validation/field-errors.js';

/** Why the server refused a card response (R-AUTH-2). One code per cause; each has a ja/en message. */
export const JPKI_VERIFY_FAILURES = [
  'NONCE_UNKNOWN',
  'NONCE_REPLAYED',
  'NONCE_EXPIRED',
  'NONCE_WRONG_SESSION',
  'NONCE_WRONG_PURPOSE',
  'CERTIFICATE_MALFORMED',
  'DEVELOPMENT_CERTIFICATE_REFUSED',
  'UNKNOWN_ISSUER',
  'WRONG_SLOT',
  'CHAIN_INVALID',
  'CERTIFICATE_NOT_YET_VALID',
  'CERTIFICATE_EXPIRED',
  'CRL_UNAVAILABLE',
  'CRL_STALE',
  'CERTIFICATE_REVOKED',
  'SIGNATURE_INVALID',
  'FACTS_UNREADABLE',
] as const;
export type JpkiVerifyFailure = (typeof JPKI_VERIFY_FAILURES)[number];

const RETRY = { ja: 'もう一度最初からやり直してください。', en: 'Please start again.' };

export const JPKI_VERIFY_FAILURE_MESSAGES: Record<JpkiVerifyFailure, Bilingual> = {
  NONCE_UNKNOWN: { ja: `カードの読み取り要求が見つかりません。${RETRY.ja}`, en: `The card reading request was not found. ${RETRY.en}` },
  NONCE_REPLAYED: { ja: `この読み取り要求は既に使われています。${RETRY.ja}`, en: `This card reading request has already been used. ${RETRY.en}` },
  NONCE_EXPIRED: { ja: `カードの読み取りの有効時間（5分）が過ぎました。${RETRY.ja}`, en: `The time allowed for reading the card (5 minutes) has passed. ${RETRY.en}` },
  NONCE_WRONG_SESSION: { ja: `この読み取り要求は別の画面（セッション）で発行されたものです。${RETRY.ja}`, en: `This card reading request was issued to another session. ${RETRY.en}` },
  NONCE_WRONG_PURPOSE: { ja: `この読み取り要求は別の手続のためのものです。${RETRY.ja}`, en: `This card reading request was issued for another step. ${RETRY.en}` },
  CERTIFICATE_MALFORMED: { ja: '電子証明書を読み取れませんでした。カードを確認して、もう一度お試しください。', en: 'The certificate could not be read. Check the card and try again.' },
  DEVELOPMENT_CERTIFICATE_REFUSED: {
    ja: '開発用ソフトウェアカードの電子証明書は、このシステムでは使えません。マイナンバーカードを使ってください。',
    en: 'Certificates of the development software card are not accepted here. Please use your My Number card.',
  },
  UNKNOWN_ISSUER: {
    ja: '公的個人認証サービスが発行した電子証明書ではありません。マイナンバーカードを使ってください。',
    en: 'The certificate was not issued by the Public Certification Service (JPKI). Please use your My Number card.',
  },
  WRONG_SLOT: {
    ja: '求められたものと別の種類の電子証明書です（署名用電子証明書と利用者証明用電子証明書は別のものです）。画面の指示に従って読み取ってください。',
    en: 'This is the other kind of certificate (the signature certificate and the user-authentication certificate are different). Follow the instructions on the screen.',
  },
  CHAIN_INVALID: { ja: 'この電子証明書は利用者の電子証明書として使えません。', en: 'This certificate cannot be used as a card holder certificate.' },
  CERTIFICATE_NOT_YET_VALID: {
    ja: '電子証明書の有効期間がまだ始まっていません。パソコンの日時を確認してください。',
    en: 'The certificate is not valid yet. Check the date and time of your computer.',
  },
  CERTIFICATE_EXPIRED: {
    ja: '電子証明書の有効期限が切れています。お住まいの市区町村の窓口で更新してください。',
    en: 'The certificate has expired. Renew it at the office of your city, ward, town or village.',
  },
  CRL_UNAVAILABLE: {
    ja: '電子証明書の失効確認ができないため、手続を進められません。しばらくしてからお試しください。',
    en: 'The revocation status of the certificate cannot be checked, so we cannot continue. Please try again later.',
  },
  CRL_STALE: {
    ja: '電子証明書の失効情報が最新でないため、手続を進められません。しばらくしてからお試しください。',
    en: 'The revocation list is out of date, so we cannot continue. Please try again later.',
  },
  CERTIFICATE_REVOKED: {
    ja: 'この電子証明書は失効しています。お住まいの市区町村の窓口にお問い合わせください。',
    en: 'This certificate has been revoked. Please contact the office of your city, ward, town or village.',
  },
  SIGNATURE_INVALID: { ja: `カードによる署名を確認できませんでした。${RETRY.ja}`, en: `The signature made by the card could not be verified. ${RETRY.en}` },
  FACTS_UNREADABLE: {
    ja: '署名用電子証明書から氏名・性別・生年月日・住所を読み取れませんでした。窓口で申請してください。',
    en: 'The name, sex, date of birth and address could not be read from the signature certificate. Please file at a bureau counter.',
  },
};

/** Why the card client (software card or real reader) refused an operation. */
export const CARD_CLIENT_ERRORS = [
  'CARD_FILE_INVALID',
  'CARD_NOT_FOUND',
  'CARD_CONFLICT',
  'PIN_FORMAT',
  'PASSWORD_FORMAT',
  'PIN_INCORRECT',
  'PASSWORD_INCORRECT',
  'PIN_LOCKED',
  'PASSWORD_LOCKED',
  'UNLOCK_TOKEN_INVALID',
  'UNLOCK_TOKEN_EXPIRED',
  'UNLOCK_TOKEN_USED',
  'UNLOCK_TOKEN_STALE',
  'CARD_READER_NOT_AVAILABLE',
] as const;
export type CardClientErrorCode = (typeof CARD_CLIENT_ERRORS)[number];

const OFFICE = { ja: 'お住まいの市区町村の窓口でロックを解除してください。', en: 'Have it unlocked at the office of your city, ward, town or village.' };

export function cardClientMessage(code: CardClientErrorCode, triesLeft?: number): Bilingual {
  const left = triesLeft ?? 0;
  switch (code) {
    case 'CARD_FILE_INVALID':
      return { ja: 'カードのファイルを読み込めませんでした。', en: 'The card file could not be read.' };
    case 'CARD_NOT_FOUND':
      return { ja: 'カードが見つかりません。カードを読み込んでください。', en: 'No card was found. Please load the card.' };
    case 'CARD_CONFLICT':
      return { ja: 'このカードは以前に読み込んだものと内容が異なるため、読み込めません。', en: 'This card differs from the one loaded before under the same serial number and cannot be loaded.' };
    case 'PIN_FORMAT':
      return { ja: '暗証番号は数字4桁です。', en: 'The PIN is 4 digits.' };
    case 'PASSWORD_FORMAT':
      return { ja: 'パスワードは英大文字と数字を組み合わせた6〜16文字です。', en: 'The password is 6 to 16 characters of capital letters A–Z and digits 0–9, with at least one of each.' };
    case 'PIN_INCORRECT':
      return { ja: `暗証番号が違います。あと${left}回間違えるとロックされます。`, en: `Wrong PIN. ${left} more wrong ${left === 1 ? 'entry locks' : 'entries lock'} it.` };
    case 'PASSWORD_INCORRECT':
      return { ja: `パスワードが違います。あと${left}回間違えるとロックされます。`, en: `Wrong password. ${left} more wrong ${left === 1 ? 'entry locks' : 'entries lock'} it.` };
    case 'PIN_LOCKED':
      return { ja: `利用者証明用電子証明書の暗証番号がロックされています。${OFFICE.ja}`, en: `The PIN of the user-authentication certificate is locked. ${OFFICE.en}` };
    case 'PASSWORD_LOCKED':
      return { ja: `署名用電子証明書のパスワードがロックされています。${OFFICE.ja}`, en: `The password of the signature certificate is locked. ${OFFICE.en}` };
    case 'UNLOCK_TOKEN_INVALID':
      return { ja: 'ロック解除コードが正しくないか、このカードのものではありません。', en: 'The unlock code is not valid or is not for this card.' };
    case 'UNLOCK_TOKEN_EXPIRED':
      return { ja: 'ロック解除コードの有効期限が切れています。', en: 'The unlock code has expired.' };
    case 'UNLOCK_TOKEN_USED':
      return { ja: 'このロック解除コードは既に使われています。', en: 'This unlock code has already been used.' };
    case 'UNLOCK_TOKEN_STALE':
      return { ja: 'このロック解除コードはロックされる前に発行されたものです。新しいコードの発行を受けてください。', en: 'This unlock code was issued before the card locked. Ask for a new one.' };
    case 'CARD_READER_NOT_AVAILABLE':
      return { ja: 'この環境ではカードリーダーを使えません。', en: 'A card reader is not available in this environment.' };
  }
}
