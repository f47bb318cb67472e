import type { ApplicationState } from '../../../domain/case/index.js';
import type { Bilingual } from '../../../domain/validation/field-errors.js';

/** R-CASE-2: "what happens next", per state, in the words the filer reads on the status page. */
const NEXT: Record<Exclude<ApplicationState, 'SUBMITTED'>, Bilingual> = {
  DRAFT: {
    ja: '入力と添付が終わったら、「入管庁に申請を行う」で申請してください。',
    en: 'When the answers and attachments are complete, submit the application.',
  },
  UNDER_EXAMINATION: {
    ja: '審査中です。追加の資料が必要な場合は、資料提出通知でお知らせします。',
    en: 'The application is being examined. If more documents are needed, you will receive a request.',
  },
  AWAITING_DOCUMENTS: {
    ja: '資料提出通知の期限までに、求められた資料を提出してください。',
    en: 'Submit the requested documents by the deadline given in the request.',
  },
  AWAITING_ISSUE: {
    ja: '審査が終了しました。メールでお知らせした物を郵送するか、窓口にお越しください。',
    en: 'The examination is complete. Mail the items listed in the email, or come to the counter as told.',
  },
  COMPLETED: { ja: '手続は完了しました。', en: 'The procedure is complete.' },
  RETURNED: {
    ja: '申請に不備があり差し戻されました。内容を訂正して再申請してください。',
    en: 'The application was returned because of defects. Correct it and submit it again.',
  },
  WITHDRAWN: { ja: 'この申請は取り下げられました。', en: 'This application has been withdrawn.' },
  REFUSED: { ja: '不許可となりました。理由は通知をご確認ください。', en: 'The application was refused. See the notice for the reasons.' },
};

const AWAITING_NUMBER: Bilingual = {
  ja: '入管庁が申請を受け付けると、受付番号をメールでお知らせします（遅くとも翌日）。',
  en: 'When the bureau accepts the application, the reception number is emailed to you (by the next day at the latest).',
};

export function nextStepFor(state: ApplicationState, hasReceptionNumber: boolean): Bilingual {
  if (state === 'SUBMITTED') return hasReceptionNumber ? NEXT.UNDER_EXAMINATION : AWAITING_NUMBER;
  return NEXT[state];
}
