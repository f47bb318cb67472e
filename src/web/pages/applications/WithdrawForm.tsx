import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTROL_CLASS, FormField } from '../../components/FormField.js';
import { currentLanguage } from '../../i18n/index.js';
import { refusalText } from './DocumentsSection.js';
import { applicationUrl, http, newIdempotencyKey } from './http.js';
import type { ApplicationView } from './view-types.js';

/** R-SUB-4: withdrawal (取下げ) of an application not yet decided, with a reason; idempotent per attempt. */
export function WithdrawForm({ view, onWithdrawn }: { view: ApplicationView; onWithdrawn: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const attemptKey = useRef<string | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return setError(t('applications.withdraw.reasonRequired'));
    setError(undefined);
    setBusy(true);
    attemptKey.current ??= newIdempotencyKey();
    const result = await http('POST', applicationUrl(view.id, '/withdraw'), { reason, idempotencyKey: attemptKey.current });
    setBusy(false);
    // A definite answer ends the attempt; without one the retry sends the same key.
    if (result.status !== 0 && result.status < 500) attemptKey.current = undefined;
    if (!result.ok) return setError(refusalText(result.error, language));
    await onWithdrawn();
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 p-4 md:p-6">
      <h2 id={`${id}-heading`} className="text-std-24B-150">{t('applications.withdraw.heading')}</h2>
      <p>{t('applications.withdraw.lead')}</p>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <FormField id={`${id}-reason`} label={t('applications.withdraw.reason')} required hint={t('applications.withdraw.reasonHint')} error={error}>
          {(control) => <textarea {...control} rows={4} className={CONTROL_CLASS} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
        <div><button type="submit" className="dads-button-outline" disabled={busy}>{t('applications.withdraw.submit')}</button></div>
      </form>
    </section>
  );
}
