import type { Bilingual } from '../../../domain/validation/field-errors.js';

const b = (ja: string, en: string): Bilingual => ({ ja, en });

export const EXAMINATION_MESSAGES = {
  deadlinePast: b('提出期限は今日以降の日付にしてください。', 'The deadline must be today or later.'),
  noOpenRequest: b('回答を待っている資料提出通知はありません。', 'There is no open request for additional documents.'),
  itemNotFound: b('資料の項目が見つかりません。', 'The requested item was not found.'),
  itemAnswered: b('この項目には既に回答済みです。', 'This item has already been answered.'),
  noFile: b('ファイルを選択してください。', 'Choose at least one file.'),
  unknownQuestion: b('訂正する項目が申請内容にありません。', 'The item to correct is not among the submitted answers.'),
  unchanged: b('訂正後の内容が現在の内容と同じです。', 'The corrected value is the same as the current one.'),
  statusNotGrantable: b('許可する在留資格が正しくありません。', 'The granted status of residence is not valid.'),
  periodNotGrantable: b('この在留資格で許可できる在留期間ではありません。', 'This period of stay cannot be granted for that status of residence.'),
  approvalNeeded: b('この官署では、処分の前に別の決裁者による処分案の承認が必要です。', 'At this bureau, another decision maker must approve the proposal before the decision.'),
  approvalByDecider: b('承認した職員とは別の職員が処分を行ってください。', 'The decision must be recorded by an officer other than the one who approved the proposal.'),
  proposalMismatch: b('処分が承認された処分案と一致しません。', 'The decision does not match the approved proposal.'),
  noProposal: b('承認する処分案がありません。', 'There is no proposed decision to approve.'),
  selfApproval: b('処分案を起案した職員は承認できません。', 'The officer who proposed the decision cannot approve it.'),
};
