import type { Bilingual } from '../../../domain/validation/field-errors.js';

/** What the applications feature says to filers, in Japanese and English. */
export const APPLICATION_MESSAGES = {
  notFound: { ja: '申請が見つかりません。', en: 'The application was not found.' },
  notAFiler: {
    ja: 'このアカウントでは申請を作成できません（利用者登録、所属機関の利用申出または取次者の登録が完了していません）。',
    en: 'This account cannot file applications (its registration, usage application or intermediary registration is not complete).',
  },
  staleRevision: {
    ja: 'この申請は別の画面で更新されています。最新の内容を読み込んでから、もう一度入力してください。',
    en: 'This application was changed in another window. Load the latest version and enter your change again.',
  },
  notDraft: {
    ja: '提出済みの申請は変更できません。訂正が必要な場合は入管庁にご連絡ください。',
    en: 'A submitted application cannot be changed. Ask the bureau if something needs correcting.',
  },
  draftOnlyDelete: { ja: '削除できるのは下書きだけです。', en: 'Only drafts can be deleted.' },
  deleted: { ja: '下書きを削除しました。', en: 'The draft has been deleted.' },
  notExportFile: {
    ja: 'このファイルは在留申請オンラインシステムから保存した申請データではありません。',
    en: 'This file is not application data saved from Zairyu Online.',
  },
  exportVersionUnknown: {
    ja: 'このファイルは新しい版のシステムで保存されたため、読み込めません。',
    en: 'This file was saved by a newer version of the system and cannot be read.',
  },
  unknownFields: {
    ja: 'このファイルには申請書にない項目が含まれているため、読み込めません。',
    en: 'This file contains items that are not on the application form, so it cannot be read.',
  },
  otherFilerType: {
    ja: 'このファイルは別の種類の利用者（申請する人の区分）で作成されたため、このアカウントでは読み込めません。',
    en: 'This file was made by a different kind of filer and cannot be read with this account.',
  },
  stepOneIncomplete: {
    ja: '先に「手続の選択」（申請する手続と在留資格）を入力してください。',
    en: 'First complete step 1 (the procedures and the status of residence).',
  },
  unknownDocumentCode: {
    ja: 'この申請の提出書類一覧にない書類の種類が指定されました。一覧から書類を選んで添付してください。',
    en: 'The document type is not on this application\'s checklist. Choose a document from the checklist.',
  },
  documentCodeMissing: {
    ja: '添付する書類の種類（documentCode）を、ファイルより前に指定してください。',
    en: 'Give the document type (documentCode) before the files.',
  },
  oneFileOnly: { ja: '顔写真は1枚だけ送信してください。', en: 'Send exactly one photo.' },
  noFile: { ja: 'ファイルが送信されていません。', en: 'No file was sent.' },
  attachmentNotFound: { ja: '添付ファイルが見つかりません。', en: 'The attachment was not found.' },
  receiptMethodNotAllowed: {
    ja: 'この手続では、選択された受領方法は選べません。選択肢の中から選んでください。',
    en: 'This way of receiving the result is not available for these procedures. Choose one of the options.',
  },
  submissionIncomplete: {
    ja: '申請できません。次の項目を確認してください。',
    en: 'The application cannot be submitted yet. Check the following.',
  },
  photoMissing: { ja: '顔写真を添付してください。', en: 'Attach the face photo.' },
  receiptMethodMissing: { ja: '結果の受領方法を選択してください。', en: 'Choose how to receive the result.' },
  submitted: {
    ja: '申請を受け付けました。受付完了のお知らせをメールで送信しました。受付番号は翌日までにメールでお知らせします。',
    en: 'Your application has been received. We have emailed a confirmation; the reception number follows by email by the next day.',
  },
  alreadySubmitted: {
    ja: 'この申請は既に提出されています。',
    en: 'This application has already been submitted.',
  },
  withdrawn: { ja: '申請を取り下げました。', en: 'The application has been withdrawn.' },
  withdrawalReason: { ja: '取下げの理由を入力してください。', en: 'Enter the reason for the withdrawal.' },
  keyUsedForOtherAction: {
    ja: 'この操作キー（idempotencyKey）は、この申請の別の操作に使われています。画面を再読み込みしてから、もう一度お試しください。',
    en: 'This idempotencyKey was already used for another action on this application. Reload the page and try again.',
  },
  notSubmittedYet: { ja: 'この申請はまだ提出されていません。', en: 'This application has not been submitted yet.' },
} satisfies Record<string, Bilingual>;
