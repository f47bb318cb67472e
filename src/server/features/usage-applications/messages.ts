import type { Bilingual } from '../../../domain/validation/field-errors.js';

/** What the usage application (利用申出) and the periodic report (定期報告) say to organisations and officers. */
export const USAGE_MESSAGES = {
  received: {
    ja: '利用申出を受け付けました。審査の結果はメールでお知らせします。',
    en: 'Your usage application has been received. We will email you the result of the review.',
  },
  notFound: { ja: '利用申出が見つかりません。', en: 'The usage application was not found.' },
  fileNotFound: { ja: '書類が見つかりません。', en: 'The document was not found.' },
  otherBureau: {
    ja: 'この利用申出は、あなたの所属官署の管轄ではありません。',
    en: 'This usage application is not within the jurisdiction of your office.',
  },
  alreadyDecided: { ja: 'この利用申出は既に処理されています。', en: 'This usage application has already been decided.' },
  noPrefectureOffice: { ja: '所在地の都道府県を管轄する官署が見つかりません。', en: 'No office has jurisdiction over this prefecture.' },
  approved: { ja: '利用申出を承認しました。職員に承認メールを送信しました。', en: 'Approved. The staff members have been emailed.' },
  rejected: { ja: '利用申出を不承認としました。', en: 'The usage application has been rejected.' },
  moreRequested: { ja: '追加の情報を求めるメールを送信しました。', en: 'The organisation has been asked for more information.' },
  replyLinkInvalid: {
    ja: 'このリンクは無効です。既に回答済みか、有効期限が切れています。',
    en: 'This link is not valid: it has already been used or has expired.',
  },
  replied: {
    ja: '回答を受け付けました。審査を再開します。結果はメールでお知らせします。',
    en: 'Your answer has been received and the review continues. We will email you the result.',
  },
  notStaff: { ja: '所属機関等の職員のアカウントではありません。', en: 'This is not an organisation staff account.' },
  additionalReceived: {
    ja: '追加の利用申出を受け付けました。審査の結果はメールでお知らせします。',
    en: 'Your additional usage application has been received. We will email you the result.',
  },
  staffAlreadyEnrolled: { ja: 'この職員は既に登録されています。', en: 'This staff member is already enrolled.' },
  requestingAlreadyListed: { ja: 'この委託元の機関は既に登録されています。', en: 'This requesting organisation is already registered.' },
  implementingAlreadyListed: { ja: 'この実習実施者は既に登録されています。', en: 'This implementing organisation is already listed.' },
  reportNotOpen: {
    ja: '定期報告は、認証IDの有効期限の3か月前から提出できます。',
    en: 'The periodic report can be filed from 3 months before the 認証ID expires.',
  },
  reportAlreadyFiled: { ja: '審査中の定期報告があります。結果をお待ちください。', en: 'A periodic report is already under review. Please wait for the result.' },
  reportStaffMismatch: {
    ja: '職員の一覧が現在の登録と一致しません。画面を再読み込みしてください。',
    en: 'The staff list does not match the enrolled staff. Reload the page and try again.',
  },
  reportReceived: { ja: '定期報告を受け付けました。審査の結果はメールでお知らせします。', en: 'Your periodic report has been received. We will email you the result.' },
  reportNotFound: { ja: '定期報告が見つかりません。', en: 'The periodic report was not found.' },
  reportOtherBureau: { ja: 'この定期報告は、あなたの所属官署の管轄ではありません。', en: 'This periodic report is not within the jurisdiction of your office.' },
  reportAlreadyDecided: { ja: 'この定期報告は既に処理されています。', en: 'This periodic report has already been decided.' },
  reportApproved: { ja: '定期報告を承認しました。認証IDの有効期限を更新しました。', en: 'Approved. The 認証IDs have been renewed.' },
  reportRejected: { ja: '定期報告を不承認としました。', en: 'The periodic report has been rejected.' },
} satisfies Record<string, Bilingual>;
