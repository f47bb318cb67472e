import type { Bilingual } from '../../../domain/validation/field-errors.js';

const b = (ja: string, en: string): Bilingual => ({ ja, en });

export const ISSUANCE_MESSAGES = {
  notFound: b('申請が見つかりません。', 'The application was not found.'),
  wrongRoute: b('この申請の受領方法では、この操作はできません。', 'This step does not apply to the way this result is received.'),
  itemNotRequired: b('この申請では、その提出物は必要ありません。', 'This item is not required for this application.'),
  itemAlreadyReceived: b('その提出物の受領は記録済みです。', 'Receipt of this item has already been recorded.'),
  feeSlipFirst: b('手数料納付書の受領を先に記録してください。', 'Record receipt of the fee payment slip first.'),
  feeAlreadyPaid: b('手数料の納付は確認済みです。', 'The fee has already been confirmed.'),
  feeMismatch: (dueJa: string, dueEn: string) => b(`手数料額が一致しません。この申請の手数料は${dueJa}です。`, `The amount does not match. The fee for this application is ${dueEn}.`),
  noFeeDue: b('この申請には手数料がかかりません。', 'No fee is due for this application.'),
  noCard: b('この申請では在留カードは交付されません。', 'No residence card is issued for this application.'),
  missingItems: (ja: string, en: string) => b(`まだ受領していない提出物があります: ${ja}`, `Some items have not been received yet: ${en}`),
  feeNotPaid: b('手数料の納付が確認されていません。', 'The fee has not been confirmed yet.'),
  cardNumberMissing: b('新しい在留カード番号が記録されていません。', 'The new residence card number has not been recorded yet.'),
  keyReused: b('この操作キーは別の操作で使われています。', 'This idempotency key was used for another action.'),
  ecoeLinkInvalid: b('このリンクは無効です。', 'This link is not valid.'),
  ecoeReceiptDone: b('受領登録は既に完了しています。', 'Receipt has already been registered.'),
  noPermission: b('この申請では資格外活動許可書は郵送で交付されません。', 'No printed permission is mailed for this application.'),
};
