import type { Bilingual } from '../../../domain/validation/field-errors.js';

const b = (ja: string, en: string): Bilingual => ({ ja, en });

export const BACK_OFFICE_MESSAGES = {
  notFound: b('申請が見つかりません。', 'The application was not found.'),
  fileNotFound: b('添付ファイルが見つかりません。', 'The attachment was not found.'),
  claimFirst: b('この操作の前に、担当者として申請を引き受けてください。', 'Claim the case before taking this action.'),
  heldBy: (name: string) => b(`この申請は ${name} さんが担当しています。`, `${name} holds this case.`),
  notHeld: b('この申請には担当者がいません。', 'Nobody holds this case.'),
  assigneeInvalid: b('指定された職員には、この申請を割り当てられません。', 'The chosen officer cannot be assigned this case.'),
  keyReused: b('この操作キーは別の操作で使われています。', 'This idempotency key was used for another action.'),
};
