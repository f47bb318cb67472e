import { Fragment, useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, messageIn, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, Notice } from '../sign-in/form-parts.js';
import type { Done } from './organisation-types.js';

/** What a queue gives each of its cards: a decision's result, a change of holder, an error for the queue's summary. */
export interface QueueCardProps {
  onDone: (d: Done) => void;
  onChanged: () => void;
  onError: (e: ApiError) => void;
}

/**
 * R-EXAM-5: one of the reviewer's queues (usage applications, periodic reports): loads `url`'s `field` list, shows
 * the last decision's notice or the error, and reloads after each decision or change of holder.
 */
export function ReviewQueue<T extends { id: string }>({ headingId, heading, none, url, field, card }: {
  headingId: string;
  heading: string;
  none: string;
  url: string;
  field: string;
  card: (item: T, props: QueueCardProps) => ReactNode;
}) {
  const { i18n } = useTranslation();
  const [items, setItems] = useState<T[]>();
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const load = useCallback(() => {
    void apiGet<Record<string, T[]>>(url).then((r) => {
      if (!r.ok) return setError(r.error);
      setItems(r.data[field]);
      // A row of the back-office queue links here with the item's anchor.
      if (window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
    });
  }, [url, field]);
  useEffect(load, [load]);
  const onDone = (d: Done) => {
    setNotice(d.message ? messageIn(d.message, i18n.resolvedLanguage) : '');
    setError(undefined);
    load();
  };
  return (
    <section className="mt-8 flex flex-col gap-4" aria-labelledby={headingId}>
      <h2 id={headingId} className="text-std-24B-150">{heading}</h2>
      <ErrorSummary error={error} />
      {notice && <Notice><p>{notice}</p></Notice>}
      {items?.length === 0 && <p>{none}</p>}
      {items?.map((item) => <Fragment key={item.id}>{card(item, { onDone, onChanged: load, onError: setError })}</Fragment>)}
    </section>
  );
}
