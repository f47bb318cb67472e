import type { Bilingual } from '../../../domain/validation/field-errors.js';

/** What the intermediary registration says to users and officers, in Japanese and English. */
export const INTERMEDIARY_MESSAGES = {
  registered: {
    ja: '申請等取次者としての利用者登録を受け付けました。事務所所在地を管轄する地方出入国在留管理局で確認後、結果をメールでお知らせします。',
    en: 'Your registration as an application agent (申請等取次者) has been received. The bureau with jurisdiction over your office will review it and email you the result.',
  },
  duplicate: {
    ja: 'この登録番号による利用者登録は既に受け付けているか、承認されています。',
    en: 'A registration with this registration number has already been received or approved.',
  },
  notFound: { ja: '対象の登録申請が見つかりません。', en: 'The registration was not found.' },
  alreadyDecided: { ja: 'この登録申請は既に処理されています。', en: 'This registration has already been decided.' },
  approved: { ja: '承認しました。本人にパスワード設定用のメールを送信しました。', en: 'Approved. The applicant has been emailed a link to set a password.' },
  rejected: { ja: '不承認としました。本人に理由をメールで通知しました。', en: 'Rejected. The applicant has been emailed the reason.' },
} satisfies Record<string, Bilingual>;
