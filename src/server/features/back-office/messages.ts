import type { Bilingual } from '../../../domain/validation/field-errors.js';

const b = (ja: string, en: string): Bilingual => ({ ja, en });

export const BACK_OFFICE_MESSAGES = {
  notFound: b('申請が見つかりません。', 'The application was not found.'),
  fileNotFound: b('添付ファイルが見つかりません。', 'The attachment was not found.'),
  claimFirst: b('この操作の前に、担当者として申請を引き受けてください。', 'Claim the case before taking this action.'),
  heldBy: (name: string) => b(`この申請は ${name} さんが担当しています。`, `${name} holds this case.`),
  notHeld: b('この申請には担当者がいません。', 'Nobody holds this case.'),
  assigneeInvalid: b('指定された職員には、この申請を割り当てられません。', 'The chosen officer cannot be assigned this case.'),
  reviewNotFound: b('利用申出または定期報告が見つかりません。', 'The usage application or periodic report was not found.'),
  reviewDecided: b('この利用申出または定期報告は既に処理されています。担当の変更はできません。', 'This usage application or periodic report has already been decided; its holder cannot change.'),
  keyReused: b('この操作キーは別の操作で使われています。', 'This idempotency key was used for another action.'),
};
