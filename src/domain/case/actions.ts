import { z } from 'zod';
import type { Scope } from '../auth/roles.js';
import type { Bilingual } from '../validation/field-errors.js';
import type { CaseStatus } from './statuses.js';

/**
 * Everything that can happen to an application, appended to its action log (DESIGN §3.1). Issue 5 uses the
 * filer's actions and ACCEPT; the back office (issue 6) uses the rest. The details of an action (reasons, items,
 * the decided status and period, tracking numbers…) travel in the log row beside the type.
 */
export const CASE_ACTIONS = [
  // The filer (R-SUB-1, R-SUB-4, R-EXAM-2, R-CASE-3, R-CASE-4)
  'SUBMIT', 'RESUBMIT', 'WITHDRAW', 'ANSWER_DOCUMENT_ITEM', 'ANSWER_DOCUMENTS', 'MESSAGE',
  // Intake (R-EXAM-2, R-SUB-2)
  'ACCEPT', 'RETURN',
  // Assignment (R-EXAM-3)
  'CLAIM', 'RELEASE', 'REASSIGN',
  // Examination and decision (R-EXAM-4)
  'REQUEST_DOCUMENTS', 'CLOSE_DOCUMENT_REQUEST', 'NOTE', 'CORRECT', 'PROPOSE_DECISION', 'APPROVE_DECISION', 'GRANT', 'REFUSE',
  // Issuance (R-RES-1 … R-RES-3, R-PLUS-1)
  'RECORD_ITEM_RECEIVED', 'RECORD_FEE_PAID', 'RECORD_CARD_NUMBER', 'DISPATCH', 'HAND_OVER_AT_COUNTER',
  'ISSUE_ECOE', 'REGISTER_ECOE_RECEIPT', 'REVOKE_DOCUMENT',
] as const;
export const CaseAction = z.enum(CASE_ACTIONS);
export type CaseAction = z.infer<typeof CaseAction>;

/**
 * Who may take an action: accounts holding one of `scopes` (filer scopes for the filer's actions, officer scopes
 * for the bureau's), the system itself (the daily acceptance job, the e-COE issuer), or the holder of an e-COE
 * receipt link, who has no account. Ownership (own application, organisation's range, bureau) is the service's.
 */
export interface ActorRule {
  scopes: readonly Scope[];
  system: boolean;
  recipient: boolean;
}

export interface CaseActionRule {
  name: Bilingual;
  /** The status the case is in after the action; null leaves it unchanged. */
  effect: CaseStatus | null;
  actors: ActorRule;
  /** Shown on the filer's timeline (R-CASE-2); internal steps (notes, assignment, proposals) are not. */
  visibleToFiler: boolean;
}

const FILER: readonly Scope[] = ['applications:file-own', 'applications:file-for-others'];
const CASE_WORKERS: readonly Scope[] = ['cases:intake', 'cases:examine', 'cases:decide', 'cases:issue'];

const by = (scopes: readonly Scope[], extra: Partial<Omit<ActorRule, 'scopes'>> = {}): ActorRule => ({
  scopes, system: extra.system ?? false, recipient: extra.recipient ?? false,
});
const rule = (ja: string, en: string, effect: CaseStatus | null, actors: ActorRule, visibleToFiler: boolean): CaseActionRule => ({
  name: { ja, en }, effect, actors, visibleToFiler,
});

export const CASE_ACTION_RULES: Readonly<Record<CaseAction, CaseActionRule>> = {
  SUBMIT: rule('申請', 'Application submitted', 'SUBMITTED', by(FILER), true),
  RESUBMIT: rule('補正後の再申請', 'Resubmitted after correction', 'SUBMITTED', by(FILER), true),
  WITHDRAW: rule('取下げ', 'Withdrawn', 'WITHDRAWN', by(FILER), true),
  ANSWER_DOCUMENT_ITEM: rule('追加資料の提出', 'Additional document submitted', null, by(FILER), true),
  ANSWER_DOCUMENTS: rule('追加資料の提出完了', 'All requested documents submitted', 'UNDER_EXAMINATION', by(FILER), true),
  MESSAGE: rule('メッセージ', 'Message', null, by([...FILER, ...CASE_WORKERS]), true),
  ACCEPT: rule('受付（受付番号の付与）', 'Accepted (reception number assigned)', 'UNDER_EXAMINATION', by(['cases:intake'], { system: true }), true),
  RETURN: rule('差戻し', 'Returned for correction', 'RETURNED', by(['cases:intake']), true),
  CLAIM: rule('担当者の決定', 'Claimed by an officer', null, by(CASE_WORKERS), false),
  RELEASE: rule('担当の解除', 'Released by the officer', null, by([...CASE_WORKERS, 'cases:assign']), false),
  REASSIGN: rule('担当者の変更', 'Reassigned', null, by(['cases:assign']), false),
  REQUEST_DOCUMENTS: rule('資料提出通知', 'Additional documents requested', 'AWAITING_DOCUMENTS', by(['cases:examine']), true),
  CLOSE_DOCUMENT_REQUEST: rule('資料提出通知の終了', 'Document request closed', 'UNDER_EXAMINATION', by(['cases:examine']), true),
  NOTE: rule('審査メモ', 'Note', null, by([...CASE_WORKERS, 'cases:assign']), false),
  CORRECT: rule('申請内容の訂正', 'Submitted content corrected', null, by(['cases:intake', 'cases:examine']), true),
  PROPOSE_DECISION: rule('処分案の起案', 'Decision proposed', null, by(['cases:examine']), false),
  APPROVE_DECISION: rule('処分案の承認', 'Proposed decision approved', null, by(['cases:decide']), false),
  GRANT: rule('許可', 'Granted', 'AWAITING_ISSUE', by(['cases:decide']), true),
  REFUSE: rule('不許可', 'Refused', 'REFUSED', by(['cases:decide']), true),
  RECORD_ITEM_RECEIVED: rule('提出物の受領', 'Mailed item received', null, by(['cases:issue']), true),
  RECORD_FEE_PAID: rule('手数料の納付確認', 'Fee payment confirmed', null, by(['cases:issue']), true),
  RECORD_CARD_NUMBER: rule('新しい在留カード番号の記録', 'New residence card number recorded', null, by(['cases:issue']), false),
  DISPATCH: rule('発送', 'Dispatched', 'COMPLETED', by(['cases:issue']), true),
  HAND_OVER_AT_COUNTER: rule('窓口での交付', 'Handed over at the counter', 'COMPLETED', by(['cases:issue', 'cases:intake']), true),
  ISSUE_ECOE: rule('電子在留資格認定証明書の交付', 'Electronic COE issued', 'COMPLETED', by(['cases:issue', 'cases:decide'], { system: true }), true),
  REGISTER_ECOE_RECEIPT: rule('受領登録', 'Receipt of the electronic COE registered', null, by([], { recipient: true }), true),
  REVOKE_DOCUMENT: rule('交付文書の失効', 'Issued document revoked', null, by(['cases:decide']), true),
};

export function isCaseAction(value: string): value is CaseAction {
  return (CASE_ACTIONS as readonly string[]).includes(value);
}
