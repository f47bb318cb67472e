import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle.js';
import { fetchMailbox, type MailboxEntry, type MailboxResult } from './mailbox-api.js';

type State = { kind: 'loading' } | MailboxResult;

export function DevMailboxPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchMailbox(controller.signal).then(setState, () => undefined);
    return () => controller.abort();
  }, [reloads]);

  const reload = useCallback(() => {
    setState({ kind: 'loading' });
    setReloads((n) => n + 1);
  }, []);

  return (
    <>
      <PageTitle page={t('mailbox.title')} />
      <h1 className="text-std-32B-150 text-solid-gray-900 md:text-std-36B-140">{t('mailbox.heading')}</h1>
      <p className="mt-4 max-w-200">{t('mailbox.intro')}</p>
      <div className="mt-6">
        <button type="button" onClick={reload} className="dads-button-outline">
          {t('mailbox.refresh')}
        </button>
      </div>
      {/* Announces loading and results to screen readers without moving focus. */}
      <div role="status" className="mt-6">
        <MailboxStatus state={state} />
      </div>
      {state.kind === 'mail' && state.mail.length > 0 && (
        <ol className="mt-4 flex flex-col gap-4">
          {state.mail.map((mail) => (
            <MailItem key={mail.id} mail={mail} />
          ))}
        </ol>
      )}
    </>
  );
}

function MailboxStatus({ state }: { state: State }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'loading':
      return <p>{t('mailbox.loading')}</p>;
    case 'off':
      return <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t('mailbox.off')}</p>;
    case 'error':
      return <p className="rounded-8 border border-error-1 p-4 text-error-2">{t('mailbox.error')}</p>;
    case 'mail':
      return <p>{state.mail.length === 0 ? t('mailbox.empty') : t('mailbox.count', { number: state.mail.length })}</p>;
  }
}

function MailItem({ mail }: { mail: MailboxEntry }) {
  const { t, i18n } = useTranslation();
  const sentAt = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Tokyo',
  }).format(new Date(mail.sentAt));
  return (
    <li>
      <article aria-labelledby={`mail-${mail.id}`} className="rounded-12 border border-solid-gray-420 p-4 md:p-6">
        <h2 id={`mail-${mail.id}`} className="text-std-20B-150 text-solid-gray-900">{mail.subject}</h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4">
          <dt className="font-bold">{t('mailbox.to')}</dt>
          <dd className="min-w-0 break-all">{mail.to}</dd>
          <dt className="font-bold">{t('mailbox.sentAt')}</dt>
          <dd>
            <time dateTime={mail.sentAt}>{sentAt}</time>
          </dd>
        </dl>
        <pre className="mt-4 overflow-x-auto whitespace-pre-wrap break-words rounded-8 bg-solid-gray-50 p-4 font-sans text-std-16N-170">{mail.text}</pre>
        {mail.html !== null && <p className="mt-2 text-solid-gray-700">{t('mailbox.htmlNote')}</p>}
      </article>
    </li>
  );
}
