import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, messageIn, type ApiError, type Bilingual } from '../sign-in/auth-api.js';
import { ErrorSummary, TextField } from '../sign-in/form-parts.js';
import { cardErrorMessage, challenge, signWithSlot } from './card-api.js';
import { CardPicker, useCards, useSecretDialog } from './use-card.js';

/**
 * R-AUTH-6: the card (PIN) + 認証ID + password sign-in form, used by the sign-in page and by the re-sign-in after a
 * timeout (R-AUTH-8). `children` follow the submit button inside the form.
 */
export function CardSignInForm({ onSignedIn, children }: { onSignedIn: () => void | Promise<void>; children?: ReactNode }) {
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
      if (result.ok) await onSignedIn();
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
        {children}
      </form>
      {dialog}
    </>
  );
}
