import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CardSummary, JpkiClient } from '../../card/index.js';
import { WEB_PATHS } from '../../paths.js';
import { cardClient, type AskSecret, type SecretPrompt } from './card-api.js';
import { CardSecretDialog } from './CardSecretDialog.js';

/** The card client, the loaded cards and the chosen one. */
export function useCards() {
  const [client, setClient] = useState<JpkiClient>();
  const [cards, setCards] = useState<CardSummary[]>([]);
  const [serial, setSerial] = useState('');
  const refresh = useCallback(async () => {
    const c = await cardClient();
    setClient(c);
    const list = c.kind === 'software-card' ? await c.listCards() : [];
    setCards(list);
    setSerial((current) => (list.some((x) => x.serial === current) ? current : (list[0]?.serial ?? '')));
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { client, cards, serial, setSerial, refresh };
}

/** The secret dialog as a promise: `ask(prompt)` shows it, the element renders it. */
export function useSecretDialog(): { ask: AskSecret; dialog: ReactNode } {
  const [open, setOpen] = useState<{ prompt: SecretPrompt; resolve: (secret: string | null) => void }>();
  const ask = useCallback<AskSecret>((prompt) => new Promise((resolve) => setOpen({ prompt, resolve })), []);
  const dialog = open ? (
    <CardSecretDialog key={`${open.prompt.slot}-${open.prompt.status.failures}-${open.prompt.error?.en ?? ''}`} prompt={open.prompt} onDone={(secret) => {
      setOpen(undefined);
      open.resolve(secret);
    }} />
  ) : null;
  return { ask, dialog };
}

export function CardPicker({ cards, serial, onChange }: { cards: CardSummary[]; serial: string; onChange: (serial: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  if (cards.length === 0) {
    return <p>{t('individual.picker.noCard')} <Link className="dads-link" to={WEB_PATHS.card}>{t('individual.picker.loadCard')}</Link></p>;
  }
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-std-17B-170">{t('individual.picker.label')}</label>
      <select id={id} value={serial} onChange={(e) => onChange(e.target.value)} className="min-h-14 max-w-120 rounded-8 border border-solid-gray-600 px-4">
        {cards.map((c) => <option key={c.serial} value={c.serial}>{c.serial}</option>)}
      </select>
    </div>
  );
}
