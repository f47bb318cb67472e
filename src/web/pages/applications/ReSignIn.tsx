import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { apiPost, messageIn, type ApiError, type Bilingual } from '../sign-in/auth-api.js';
import { ErrorSummary, TextField } from '../sign-in/form-parts.js';
import { PasswordSignIn } from '../sign-in/PasswordSignIn.js';
import { cardErrorMessage, challenge, signWithSlot } from '../registration/card-api.js';
import { CardPicker, useCards, useSecretDialog } from '../registration/use-card.js';
import { isSignedIn, rememberedMethod, rememberSignInMethod, type SignInMethod } from './session-method.js';
import { RESIGNIN_HEADING_ID } from './step-ids.js';

/**
 * R-FORM-3 / R-AUTH-8: after a timeout, sign in again on this page. The form stays where it is (its unsaved
 * answers in memory and sessionStorage); once signed in, `onSignedIn` sends them.
 */
export function ReSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const [method, setMethod] = useState<SignInMethod>(() => rememberedMethod() ?? 'PASSWORD');
  const returnTo = `${location.pathname}${location.search}`;

  // The password sign-in ends by navigating to `returnTo` (this page): check the session on every navigation.
  useEffect(() => {
    void isSignedIn().then((session) => {
      if (!session) return;
      rememberSignInMethod(session.account.kind);
      onSignedIn();
    });
  }, [location.key, onSignedIn]);

  // Shown because the session ended: take keyboard and screen-reader users straight to it.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby={RESIGNIN_HEADING_ID} className="rounded-12 border-2 border-error-1 bg-white p-4 md:p-6">
      <h2 id={RESIGNIN_HEADING_ID} ref={heading} tabIndex={-1} className="text-std-20B-150 text-error-2">{t('applications.session.heading')}</h2>
      <p className="mt-2">{t('applications.session.body')}</p>
      <div className="mt-4 flex flex-wrap gap-2" role="group" aria-label={t('applications.session.method')}>
        {(['CARD', 'PASSWORD'] as const).map((m) => (
          <button key={m} type="button" aria-pressed={method === m} onClick={() => setMethod(m)}
            className={method === m ? 'dads-button-primary' : 'dads-button-outline'}>
            {t(`applications.session.methods.${m}`)}
          </button>
        ))}
      </div>
      {method === 'PASSWORD' ? <PasswordSignIn afterSignIn={returnTo} /> : <CardReSignIn onSignedIn={onSignedIn} />}
    </section>
  );
}

function CardReSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { client, cards, serial, setSerial } = useCards();
  const { ask, dialog } = useSecretDialog();
  const [authId, setAuthId] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError>();
  const [cardError, setCardError] = useState<Bilingual>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!client || !serial) return;
    setError(undefined);
    setCardError(undefined);
    setBusy(true);
    try {
      const issued = await challenge('LOGIN');
      if (!issued.ok) return setError(issued.error);
      const signed = await signWithSlot(client, serial, 'AUTHENTICATION', issued.data.nonce, ask);
      if (!signed) return;
      const result = await apiPost('/api/v1/sign-in/card', {
        authId, password, nonce: issued.data.nonce, authentication: { certificate: signed.certificate, signature: signed.signature },
      });
      if (result.ok) onSignedIn();
      else setError(result.error);
    } catch (caught) {
      setCardError(cardErrorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form onSubmit={submit} noValidate className="mt-6 flex flex-col gap-6">
        <ErrorSummary error={error} />
        {cardError && <p role="alert" className="text-std-16B-170 text-error-2">{messageIn(cardError, i18n.resolvedLanguage)}</p>}
        <CardPicker cards={cards} serial={serial} onChange={setSerial} />
        <TextField id={`${id}-auth-id`} label={t('auth.authId.label')} hint={t('auth.authId.hint')} autoComplete="username" autoCapitalize="characters" spellCheck={false}
          value={authId} onChange={(e) => setAuthId(e.target.value)} />
        <TextField id={`${id}-password`} label={t('auth.password.label')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <div><button type="submit" className="dads-button-primary" disabled={busy || !serial}>{t('individual.signIn.submit')}</button></div>
      </form>
      {dialog}
    </>
  );
}
