import type { Bilingual } from '../../../domain/validation/field-errors.js';

/** What the usage application (利用申出) says to organisations and officers, in Japanese and English. */
export const USAGE_MESSAGES = {
  received: {
    ja: '利用申出を受け付けました。審査の結果はメールでお知らせします。',
    en: 'Your usage application has been received. We will email you the result of the review.',
  },
  notFound: { ja: '利用申出が見つかりません。', en: 'The usage application was not found.' },
  otherBureau: {
    ja: 'この利用申出は、あなたの所属官署の管轄ではありません。',
    en: 'This usage application is not within the jurisdiction of your office.',
  },
  alreadyDecided: { ja: 'この利用申出は既に処理されています。', en: 'This usage application has already been decided.' },
  noPrefectureOffice: { ja: '所在地の都道府県を管轄する官署が見つかりません。', en: 'No office has jurisdiction over this prefecture.' },
  approved: { ja: '利用申出を承認しました。職員に承認メールを送信しました。', en: 'Approved. The staff members have been emailed.' },
  rejected: { ja: '利用申出を不承認としました。', en: 'The usage application has been rejected.' },
  moreRequested: { ja: '追加の情報を求めるメールを送信しました。', en: 'The organisation has been asked for more information.' },
} satisfies Record<string, Bilingual>;
