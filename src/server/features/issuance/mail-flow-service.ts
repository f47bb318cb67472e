import { auditActor } from '../applications/access.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { findApplication } from '../applications/application-repository.js';
import { checkIdentityNumber } from '../registration/identity-rules.js';
import { appendStep, factsOf, runIssuanceAction, type Meta, type Step } from './action-frame.js';
import { ECOE_PENDING, counterInstructions, mailBoth, mailInstructions, yen } from './mails.js';
import { ISSUANCE_MESSAGES } from './messages.js';
import { issuePermission } from './permission.js';
import {
  COUNTER_ITEMS, MAILED_ITEM_NAMES, TRACKING_NUMBER_MESSAGE, TRACKING_NUMBER_PATTERN,
  feeDueYen, issuanceRouteOf, issuesCard, normaliseTrackingNumber, requiredItems, type MailedItem,
} from './requirements.js';

/**
 * R-RES-1 「審査終了のお知らせ」 once a case is in 発行待ち: what to mail to the Odaiba unit (never the passport), the items
 * to bring to the counter, or that the e-COE follows. Called in the decision's transaction; queued once per case
 * whoever calls it again (R-MAIL-2).
 */
export async function notifyExaminationCompleted(tx: DbOrTx, ctx: Pick<AppContext, 'clock' | 'config'>, applicationId: string): Promise<void> {
  const row = await findApplication(tx, applicationId);
  if (row?.state !== 'AWAITING_ISSUE') return;
  const facts = factsOf(row);
  const route = issuanceRouteOf(facts.receiptMethod);
  const fee = feeDueYen(facts);
  const content = route === 'ECOE' ? ECOE_PENDING
    : route === 'COUNTER' ? counterInstructions(COUNTER_ITEMS, fee)
      : mailInstructions(requiredItems(facts).map((i) => MAILED_ITEM_NAMES[i]), fee);
  await mailBoth(tx, ctx, row, 'examination-completed', content);
}

function assertMailRoute(step: Step): void {
  const route = issuanceRouteOf(step.facts.receiptMethod);
  if (route !== 'CARD_BY_MAIL' && route !== 'COE_BY_MAIL') throw new AppError('CONFLICT', ISSUANCE_MESSAGES.wrongRoute);
}

/** R-RES-1: the clerk records receipt of one mailed item; the user is emailed. */
export function recordItem(ctx: AppContext, account: SessionAccount, id: string, body: { idempotencyKey: string; item: MailedItem }, meta: Meta) {
  return runIssuanceAction(notifyExaminationCompleted, ctx, account, id, 'RECORD_ITEM_RECEIVED', body.idempotencyKey, meta, async (step) => {
    assertMailRoute(step);
    if (!requiredItems(step.facts).includes(body.item)) throw new AppError('UNPROCESSABLE', ISSUANCE_MESSAGES.itemNotRequired);
    if (step.progress.itemsReceived.includes(body.item)) throw new AppError('CONFLICT', ISSUANCE_MESSAGES.itemAlreadyReceived);
    await appendStep(step, ctx, auditActor(account), 'RECORD_ITEM_RECEIVED', body.idempotencyKey, { item: body.item });
    const name = MAILED_ITEM_NAMES[body.item];
    await mailBoth(step.tx, ctx, step.row, `item:${body.item}`, {
      subject: { ja: '提出物を受領しました', en: 'We have received an item you mailed' },
      ja: [`次の提出物を受領しました: ${name.ja}`], en: [`We have received: ${name.en}`],
    });
    return { item: body.item };
  });
}

/** R-RES-1: the fee checked against the reference data for the received date (online rate). */
export function recordFee(ctx: AppContext, account: SessionAccount, id: string, body: { idempotencyKey: string; amountYen: number }, meta: Meta) {
  return runIssuanceAction(notifyExaminationCompleted, ctx, account, id, 'RECORD_FEE_PAID', body.idempotencyKey, meta, async (step) => {
    const due = feeDueYen(step.facts);
    if (due === 0) throw new AppError('CONFLICT', ISSUANCE_MESSAGES.noFeeDue);
    if (step.progress.feePaidYen !== null) throw new AppError('CONFLICT', ISSUANCE_MESSAGES.feeAlreadyPaid);
    const route = issuanceRouteOf(step.facts.receiptMethod);
    if (route === 'CARD_BY_MAIL' && !step.progress.itemsReceived.includes('FEE_SLIP')) throw new AppError('CONFLICT', ISSUANCE_MESSAGES.feeSlipFirst);
    const dueText = yen(due);
    if (body.amountYen !== due) {
      const message = ISSUANCE_MESSAGES.feeMismatch(dueText.ja, dueText.en);
      throw new AppError('UNPROCESSABLE', message, [{ path: 'amountYen', message }], { feeDueYen: due });
    }
    await appendStep(step, ctx, auditActor(account), 'RECORD_FEE_PAID', body.idempotencyKey, { amountYen: due });
    await mailBoth(step.tx, ctx, step.row, 'fee', {
      subject: { ja: '手数料の納付を確認しました', en: 'Your fee payment has been confirmed' },
      ja: [`手数料 ${dueText.ja} の納付を確認しました。`], en: [`We have confirmed payment of the fee of ${dueText.en}.`],
    });
    return { amountYen: due };
  });
}

/** R-RES-1: the new card's number (2 letters, 8 digits, 2 letters, the application form's rule), refused with a ja/en field message. */
export function recordCardNumber(ctx: AppContext, account: SessionAccount, id: string, body: { idempotencyKey: string; cardNumber: string }, meta: Meta) {
  const { value: cardNumber, message } = checkIdentityNumber('residenceCardNumber', body.cardNumber, true);
  if (cardNumber === null) throw new AppError('UNPROCESSABLE', message, [{ path: 'cardNumber', message }]);
  return runIssuanceAction(notifyExaminationCompleted, ctx, account, id, 'RECORD_CARD_NUMBER', body.idempotencyKey, meta, async (step) => {
    if (!issuesCard(step.facts)) throw new AppError('CONFLICT', ISSUANCE_MESSAGES.noCard);
    await appendStep(step, ctx, auditActor(account), 'RECORD_CARD_NUMBER', body.idempotencyKey, { cardNumber });
    await mailBoth(step.tx, ctx, step.row, `card:${body.idempotencyKey}`, {
      subject: { ja: '新しい在留カードを作成しました', en: 'Your new residence card has been prepared' },
      ja: ['新しい在留カードを作成しました。発送（又は窓口での交付）の準備が整い次第お知らせします。'],
      en: ['Your new residence card has been prepared. We will tell you when it is dispatched (or ready at the counter).'],
    });
    return {};
  });
}

/** What must be done before the card leaves (R-RES-1): every item, the fee, the card number. */
function assertReadyToHandOver(step: Step): void {
  const missing = requiredItems(step.facts).filter((i) => !step.progress.itemsReceived.includes(i));
  if (missing.length > 0) {
    throw new AppError('CONFLICT', ISSUANCE_MESSAGES.missingItems(missing.map((i) => MAILED_ITEM_NAMES[i].ja).join('、'), missing.map((i) => MAILED_ITEM_NAMES[i].en).join(', ')));
  }
  if (feeDueYen(step.facts) > 0 && step.progress.feePaidYen === null) throw new AppError('CONFLICT', ISSUANCE_MESSAGES.feeNotPaid);
  if (issuesCard(step.facts) && !step.progress.cardNumber) throw new AppError('CONFLICT', ISSUANCE_MESSAGES.cardNumberMissing);
}

/** R-RES-1: dispatch with the tracking number → 完了; the printed permission goes in the same envelope (R-RES-3). */
export function dispatch(ctx: AppContext, account: SessionAccount, id: string, body: { idempotencyKey: string; trackingNumber: string }, meta: Meta) {
  const trackingNumber = normaliseTrackingNumber(body.trackingNumber);
  if (!TRACKING_NUMBER_PATTERN.test(trackingNumber)) {
    throw new AppError('UNPROCESSABLE', TRACKING_NUMBER_MESSAGE, [{ path: 'trackingNumber', message: TRACKING_NUMBER_MESSAGE }]);
  }
  return runIssuanceAction(notifyExaminationCompleted, ctx, account, id, 'DISPATCH', body.idempotencyKey, meta, async (step) => {
    assertMailRoute(step);
    assertReadyToHandOver(step);
    const permission = await issuePermission(step.tx, ctx, step.row, auditActor(account), meta.ip);
    await appendStep(step, ctx, auditActor(account), 'DISPATCH', body.idempotencyKey, { trackingNumber, permissionNumber: permission?.number ?? null });
    const permissionLine = permission ? { ja: [`資格外活動許可書（番号 ${permission.number}）を同封しました。`], en: [`The printed permission for activity outside status (number ${permission.number}) is enclosed.`] } : { ja: [], en: [] };
    await mailBoth(step.tx, ctx, step.row, 'dispatch', {
      subject: { ja: '在留カード等を発送しました', en: 'Your residence card has been dispatched' },
      ja: ['新しい在留カード等を簡易書留で発送しました。', `追跡番号: ${trackingNumber}`, ...permissionLine.ja],
      en: ['Your new residence card has been sent by registered mail.', `Tracking number: ${trackingNumber}`, ...permissionLine.en],
    });
    return { trackingNumber };
  });
}

/** R-RES-1 counter cases: handed over at the counter → 完了. */
export function handOverAtCounter(ctx: AppContext, account: SessionAccount, id: string, body: { idempotencyKey: string }, meta: Meta) {
  return runIssuanceAction(notifyExaminationCompleted, ctx, account, id, 'HAND_OVER_AT_COUNTER', body.idempotencyKey, meta, async (step) => {
    if (issuanceRouteOf(step.facts.receiptMethod) !== 'COUNTER') throw new AppError('CONFLICT', ISSUANCE_MESSAGES.wrongRoute);
    assertReadyToHandOver(step);
    await appendStep(step, ctx, auditActor(account), 'HAND_OVER_AT_COUNTER', body.idempotencyKey, {});
    await mailBoth(step.tx, ctx, step.row, 'counter', {
      subject: { ja: '在留カード等を交付しました', en: 'Your residence card has been handed over' },
      ja: ['窓口で新しい在留カード等を交付しました。'], en: ['Your new residence card has been handed over at the counter.'],
    });
    return {};
  });
}
