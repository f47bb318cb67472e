import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CONTROL_CLASS, FormField } from '../../../components/FormField.js';
import { PageTitle } from '../../../components/PageTitle.js';
import { officerCasePath } from '../../../paths.js';
import { messageIn, type ApiError, type ApiResult } from '../../sign-in/auth-api.js';
import * as api from './issuance-api.js';

type Field = 'amountYen' | 'cardNumber' | 'trackingNumber';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 border-t border-solid-gray-420 pt-6">
      <h2 id={id} className="text-std-24B-150 text-solid-gray-900">{title}</h2>
      <div className="mt-4 flex max-w-160 flex-col gap-4">{children}</div>
    </section>
  );
}

/**
 * The issuance clerk's page (R-RES-1 … R-RES-3): mailed items, the fee of the received date, the new card number,
 * dispatch with the tracking number or the counter hand-over, the e-COE, and the printed permission. Every refusal
 * from the server (status, holder, amount, formats) is shown with its message.
 */
export function IssuancePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [view, setView] = useState<api.IssuanceView>();
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const [fields, setFields] = useState<Partial<Record<Field, string>>>({});
  const [amount, setAmount] = useState('');
  const [card, setCard] = useState('');
  const [tracking, setTracking] = useState('');
  const lang = i18n.resolvedLanguage;

  const settle = useCallback((r: ApiResult<api.IssuanceView>, done: boolean) => {
    if (r.ok) {
      setView(r.data);
      setError(undefined);
      setFields({});
      if (done) setNotice(t('issuance.done'));
      return;
    }
    setNotice('');
    setError(r.error);
    const next: Partial<Record<Field, string>> = {};
    for (const f of r.error.fields) if (f.path === 'amountYen' || f.path === 'cardNumber' || f.path === 'trackingNumber') next[f.path] = messageIn(f.message, lang);
    setFields(next);
  }, [t, lang]);

  useEffect(() => {
    void api.loadIssuance(id).then((r) => settle(r, false));
  }, [id, settle]);

  const act = (call: Promise<ApiResult<api.IssuanceView>>) => void call.then((r) => settle(r, true));

  return (
    <>
      <PageTitle page={t('issuance.title')} />
      <h1 className="text-std-32B-150 text-solid-gray-900">{t('issuance.heading')}</h1>
      <p className="mt-2"><Link className="underline" to={officerCasePath(id)}>{t('issuance.caseLink')}</Link></p>
      <p role="status" className="mt-4">{notice}</p>
      {error && <p role="alert" className="mt-4 rounded-8 border-2 border-error-1 bg-white p-4 text-std-16B-170 text-error-2">{messageIn(error.message, lang)}</p>}
      {!view && !error && <p>{t('issuance.loading')}</p>}
      {view && (
        <>
          <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt>{t('issuance.reception')}</dt><dd>{view.receptionNumber ?? '—'}</dd>
            <dt>{t('issuance.applicant')}</dt><dd>{view.applicantName ?? '—'}</dd>
            <dt>{t('issuance.status')}</dt><dd>{view.status}</dd>
            <dt>{t('issuance.route')}</dt><dd>{t(`issuance.routes.${view.route}`)}</dd>
            <dt>{t('issuance.holder')}</dt><dd>{view.holder?.name ?? t('issuance.nobody')}</dd>
          </dl>

          {view.items.length > 0 && (
            <Section id="issuance-items" title={t('issuance.itemsHeading')}>
              <ul className="flex flex-col gap-2">
                {view.items.map((i) => (
                  <li key={i.item} className="flex items-center gap-4">
                    <span>{lang === 'en' ? i.name.en : i.name.ja}</span>
                    {i.received ? <strong>{t('issuance.received')}</strong>
                      : <button type="button" className="dads-button-outline" onClick={() => act(api.recordItem(id, i.item))}>{t('issuance.recordItem')}</button>}
                  </li>
                ))}
              </ul>
            </Section>
          )}

          <Section id="issuance-fee" title={t('issuance.feeHeading')}>
            {view.feeDueYen === 0 ? <p>{t('issuance.noFee')}</p> : <p>{t('issuance.feeDue', { amount: view.feeDueYen.toLocaleString(lang) })}</p>}
            {view.feePaidYen !== null && <p>{t('issuance.feePaid', { amount: view.feePaidYen.toLocaleString(lang) })}</p>}
            {view.feeDueYen > 0 && view.feePaidYen === null && (
              <>
                <FormField id="fee-amount" label={t('issuance.feeAmount')} error={fields.amountYen}>
                  {(c) => <input {...c} className={CONTROL_CLASS} inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} />}
                </FormField>
                <button type="button" className="dads-button-primary self-start" onClick={() => act(api.recordFee(id, Number(amount)))}>{t('issuance.recordFee')}</button>
              </>
            )}
          </Section>

          {view.issuesCard && (
            <Section id="issuance-card" title={t('issuance.cardHeading')}>
              {view.cardNumber ? <p>{view.cardNumber}</p> : (
                <>
                  <FormField id="card-number" label={t('issuance.cardNumber')} hint={t('issuance.cardHint')} error={fields.cardNumber}>
                    {(c) => <input {...c} className={CONTROL_CLASS} autoComplete="off" value={card} onChange={(e) => setCard(e.target.value)} />}
                  </FormField>
                  <button type="button" className="dads-button-primary self-start" onClick={() => act(api.recordCardNumber(id, card))}>{t('issuance.recordCard')}</button>
                </>
              )}
            </Section>
          )}

          {view.permissionByMail && (
            <p className="mt-6"><a className="underline" href={api.permissionPdfUrl(id)}>{t('issuance.permission')}</a></p>
          )}

          {(view.route === 'CARD_BY_MAIL' || view.route === 'COE_BY_MAIL') && (
            <Section id="issuance-dispatch" title={t('issuance.dispatchHeading')}>
              {view.trackingNumber ? <p>{view.trackingNumber}</p> : (
                <>
                  <FormField id="tracking-number" label={t('issuance.trackingNumber')} error={fields.trackingNumber}>
                    {(c) => <input {...c} className={CONTROL_CLASS} inputMode="numeric" value={tracking} onChange={(e) => setTracking(e.target.value)} />}
                  </FormField>
                  <button type="button" className="dads-button-primary self-start" onClick={() => act(api.dispatch(id, tracking))}>{t('issuance.dispatch')}</button>
                </>
              )}
            </Section>
          )}

          {view.route === 'COUNTER' && view.status === 'AWAITING_ISSUE' && (
            <Section id="issuance-counter" title={t('issuance.dispatchHeading')}>
              <button type="button" className="dads-button-primary self-start" onClick={() => act(api.handOver(id))}>{t('issuance.handOver')}</button>
            </Section>
          )}

          {view.route === 'ECOE' && (
            <Section id="issuance-ecoe" title={t('issuance.ecoeHeading')}>
              {view.ecoe ? (
                <>
                  <p>{t('issuance.ecoeIssued', { number: view.ecoe.number, validUntil: view.ecoe.validUntil })}</p>
                  <p>{view.ecoe.receiptRegisteredAt ? t('issuance.ecoeReceipt', { at: new Date(view.ecoe.receiptRegisteredAt).toLocaleString(lang) }) : t('issuance.ecoeNoReceipt')}</p>
                </>
              ) : <button type="button" className="dads-button-primary self-start" onClick={() => act(api.issueEcoe(id))}>{t('issuance.issueEcoe')}</button>}
            </Section>
          )}
        </>
      )}
    </>
  );
}
