import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle.js';
import { apiPost, messageIn, type ApiError, type Bilingual } from '../sign-in/auth-api.js';
import { ErrorSummary, Notice, PageHeading } from '../sign-in/form-parts.js';
import { cardErrorMessage, challenge, signWithSlot, type BasicFacts } from './card-api.js';
import { RegistrationForm } from './RegistrationForm.js';
import { RenewalForm } from './RenewalForm.js';
import { CardPicker, useCards, useSecretDialog } from './use-card.js';

export interface CardRead {
  checkId: string;
  kind: 'NEW' | 'RENEWAL';
  facts: BasicFacts;
}

type Step = { kind: 'card' } | { kind: 'form'; read: CardRead } | { kind: 'renewal'; read: CardRead } | { kind: 'done'; message: 'registered' | 'renewed' };

/** 利用者情報登録 (R-AUTH-1, R-AUTH-4): read both certificates, show the card's facts locked, then the form. */
export function RegistrationPage() {
  const { t, i18n } = useTranslation();
  const { client, cards, serial, setSerial } = useCards();
  const { ask, dialog } = useSecretDialog();
  const [step, setStep] = useState<Step>({ kind: 'card' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [cardError, setCardError] = useState<Bilingual>();

  const readCard = async () => {
    if (!client || !serial) return;
    setError(undefined);
    setCardError(undefined);
    setBusy(true);
    try {
      const issued = await challenge('REGISTRATION');
      if (!issued.ok) return setError(issued.error);
      const signature = await signWithSlot(client, serial, 'SIGNATURE', issued.data.nonce, ask);
      if (!signature) return;
      const authentication = await signWithSlot(client, serial, 'AUTHENTICATION', issued.data.nonce, ask);
      if (!authentication) return;
      const result = await apiPost<CardRead>('/api/v1/registration/card', {
        nonce: issued.data.nonce,
        signature: { certificate: signature.certificate, signature: signature.signature },
        authentication: { certificate: authentication.certificate, signature: authentication.signature },
      });
      if (!result.ok) return setError(result.error);
      setStep(result.data.kind === 'NEW' ? { kind: 'form', read: result.data } : { kind: 'renewal', read: result.data });
    } catch (caught) {
      setCardError(cardErrorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle page={t('individual.register.title')} />
      <PageHeading>{t('individual.register.heading')}</PageHeading>
      <p className="mt-4 max-w-200">{t('individual.register.lead')}</p>
      <div className="mt-6 flex flex-col gap-6">
        <ErrorSummary error={error} />
        {cardError && <p role="alert" className="text-std-16B-170 text-error-2">{messageIn(cardError, i18n.resolvedLanguage)}</p>}
        {step.kind === 'card' && (
          <>
            <CardPicker cards={cards} serial={serial} onChange={setSerial} />
            {serial && <div><button type="button" className="dads-button-primary" disabled={busy} onClick={() => void readCard()}>{t('individual.register.readCard')}</button></div>}
            {busy && <p role="status">{t('individual.register.reading')}</p>}
          </>
        )}
        {(step.kind === 'form' || step.kind === 'renewal') && <FactsList facts={step.read.facts} />}
        {step.kind === 'form' && <RegistrationForm checkId={step.read.checkId} onDone={() => setStep({ kind: 'done', message: 'registered' })} />}
        {step.kind === 'renewal' && <RenewalForm checkId={step.read.checkId} onDone={() => setStep({ kind: 'done', message: 'renewed' })} />}
        {step.kind === 'done' && <Notice><p>{step.message === 'registered' ? t('individual.register.done') : t('individual.register.renewalDone')}</p></Notice>}
      </div>
      {dialog}
    </>
  );
}

/** The card's facts, shown as read-only text: they cannot be typed over (R-AUTH-2). */
function FactsList({ facts }: { facts: BasicFacts }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('individual.register.name'), facts.nameKana ? `${facts.name}（${facts.nameKana}）` : facts.name],
    [t('individual.register.sex'), facts.sex === 'M' ? t('individual.register.sexM') : t('individual.register.sexF')],
    [t('individual.register.dateOfBirth'), facts.dateOfBirth],
    [t('individual.register.address'), facts.address],
  ];
  return (
    <section aria-labelledby="card-facts-heading" className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">
      <h2 id="card-facts-heading" className="text-std-20B-150">{t('individual.register.factsHeading')}</h2>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-std-16B-170">{label}</dt>
            <dd data-testid="card-fact">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
