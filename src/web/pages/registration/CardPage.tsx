import { useEffect, useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SoftwareCard, type CardStatus } from '../../card/index.js';
import { PageTitle } from '../../components/PageTitle.js';
import { WEB_PATHS } from '../../paths.js';
import { messageIn, type Bilingual } from '../sign-in/auth-api.js';
import { Notice, PageHeading } from '../sign-in/form-parts.js';
import { cardErrorMessage } from './card-api.js';
import { useCards } from './use-card.js';

/** Loads a development software card file into this browser, shows its counters, and applies unlock codes. */
export function CardPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { client, cards, refresh } = useCards();
  const [statuses, setStatuses] = useState<CardStatus[]>([]);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<Bilingual>();
  const [token, setToken] = useState('');
  const software = client instanceof SoftwareCard ? client : undefined;
  useEffect(() => {
    if (!software) return;
    void Promise.all(cards.map((c) => software.getStatus(c.serial))).then(setStatuses);
  }, [software, cards]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file || !software) return;
    setError(undefined);
    try {
      const summary = await software.importCard(await file.text());
      setMessage(t('individual.card.imported', { serial: summary.serial }));
      await refresh();
    } catch (caught) {
      setError(cardErrorMessage(caught));
    }
  };
  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    if (!software) return;
    setError(undefined);
    try {
      await software.applyUnlockToken(token.trim());
      setToken('');
      setMessage(t('individual.card.unlocked'));
      await refresh();
    } catch (caught) {
      setError(cardErrorMessage(caught));
    }
  };

  return (
    <>
      <PageTitle page={t('individual.card.title')} />
      <PageHeading>{t('individual.card.heading')}</PageHeading>
      {client && !software && <p className="mt-4">{t('individual.card.readerOnly')}</p>}
      {software && (
        <div className="mt-6 flex flex-col gap-6">
          <p>{t('individual.card.lead')}</p>
          <p className="rounded-8 border-2 border-solid-gray-600 bg-solid-gray-50 p-4 text-std-16B-170">{t('individual.card.devNotice')}</p>
          {error && <p role="alert" className="text-std-16B-170 text-error-2">{messageIn(error, i18n.resolvedLanguage)}</p>}
          {message && <Notice><p>{message}</p></Notice>}
          <div className="flex flex-col gap-2">
            <label htmlFor={`${id}-file`} className="text-std-17B-170">{t('individual.card.fileLabel')}</label>
            <p id={`${id}-file-hint`}>{t('individual.card.fileHint')}</p>
            <input id={`${id}-file`} type="file" accept=".json,application/json" aria-describedby={`${id}-file-hint`} onChange={(e) => void onFile(e)} />
          </div>
          <section aria-labelledby={`${id}-list`}>
            <h2 id={`${id}-list`} className="text-std-24B-150">{t('individual.card.listHeading')}</h2>
            {statuses.length === 0 ? <p className="mt-2">{t('individual.card.none')}</p> : (
              <ul className="mt-2 flex flex-col gap-2">
                {statuses.map((s) => (
                  <li key={s.serial} className="rounded-8 border border-solid-gray-420 p-4">
                    <p className="text-std-17B-170">{s.serial}</p>
                    <p>{t('individual.card.pinStatus', { tries: s.pin.triesLeft })}{s.pin.locked && ` — ${t('individual.card.locked')}`}</p>
                    <p>{t('individual.card.passwordStatus', { tries: s.password.triesLeft })}{s.password.locked && ` — ${t('individual.card.locked')}`}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <form onSubmit={unlock} className="flex flex-col gap-2">
            <label htmlFor={`${id}-unlock`} className="text-std-17B-170">{t('individual.card.unlockLabel')}</label>
            <p id={`${id}-unlock-hint`}>{t('individual.card.unlockHint')}</p>
            <input id={`${id}-unlock`} aria-describedby={`${id}-unlock-hint`} value={token} onChange={(e) => setToken(e.target.value)} className="min-h-14 w-full max-w-120 rounded-8 border border-solid-gray-600 px-4" />
            <div><button type="submit" className="dads-button-outline">{t('individual.card.unlockSubmit')}</button></div>
          </form>
          <ul className="flex flex-col gap-2">
            <li><Link className="dads-link" to={WEB_PATHS.register}>{t('individual.card.toRegister')}</Link></li>
            <li><Link className="dads-link" to={WEB_PATHS.cardSignIn}>{t('individual.card.toSignIn')}</Link></li>
          </ul>
        </div>
      )}
    </>
  );
}
