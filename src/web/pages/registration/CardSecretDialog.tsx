import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WEB_PATHS } from '../../paths.js';
import { messageIn } from '../sign-in/auth-api.js';
import type { SecretPrompt } from './card-api.js';

/**
 * The PIN / signature-password dialog (modal, focus inside, Escape cancels): tries left, the previous refusal,
 * and — when locked — what to do instead of a field.
 */
export function CardSecretDialog({ prompt, onDone }: { prompt: SecretPrompt; onDone: (secret: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [secret, setSecret] = useState('');
  const isPin = prompt.slot === 'AUTHENTICATION';
  const { locked, triesLeft } = prompt.status;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onDone(secret);
    setSecret('');
  };
  const describedBy = [prompt.error ? `${id}-error` : '', `${id}-tries`].filter(Boolean).join(' ');
  return (
    <dialog ref={ref} aria-labelledby={`${id}-title`} onCancel={(e) => { e.preventDefault(); onDone(null); }} className="m-auto max-w-120 rounded-8 p-6 backdrop:bg-black/50">
      <h2 id={`${id}-title`} className="text-std-24B-150">{isPin ? t('individual.dialog.pinTitle') : t('individual.dialog.passwordTitle')}</h2>
      {locked ? (
        <div className="mt-4 flex flex-col gap-4">
          <p role="alert" className="text-std-16B-170 text-error-2">{isPin ? t('individual.dialog.lockedPin') : t('individual.dialog.lockedPassword')}</p>
          <p><Link className="dads-link" to={WEB_PATHS.card} onClick={() => onDone(null)}>{t('individual.dialog.toCardPage')}</Link></p>
          <div><button type="button" className="dads-button-outline" onClick={() => onDone(null)}>{t('individual.dialog.cancel')}</button></div>
        </div>
      ) : (
        <form onSubmit={submit} className="mt-4 flex flex-col gap-4">
          {prompt.error && <p id={`${id}-error`} role="alert" className="text-std-16B-170 text-error-2">{messageIn(prompt.error, i18n.resolvedLanguage)}</p>}
          <label htmlFor={`${id}-secret`} className="text-std-17B-170">{isPin ? t('individual.dialog.pinLabel') : t('individual.dialog.passwordLabel')}</label>
          <p id={`${id}-tries`}>{t('individual.dialog.tries', { tries: triesLeft })}</p>
          <input
            id={`${id}-secret`} type="password" autoComplete="off" autoFocus inputMode={isPin ? 'numeric' : 'text'} maxLength={isPin ? 4 : 16}
            aria-describedby={describedBy} aria-invalid={prompt.error ? true : undefined} value={secret} onChange={(e) => setSecret(e.target.value)}
            className="min-h-14 w-full rounded-8 border border-solid-gray-600 px-4"
          />
          <div className="flex gap-4">
            <button type="submit" className="dads-button-primary">{t('individual.dialog.submit')}</button>
            <button type="button" className="dads-button-outline" onClick={() => onDone(null)}>{t('individual.dialog.cancel')}</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
