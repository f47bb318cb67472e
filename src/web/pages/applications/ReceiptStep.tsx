import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroupField } from '../../components/FormField.js';
import { receiptMethodName, type ReceiptMethod } from '../../../domain/receipt/index.js';
import { currentLanguage } from '../../i18n/index.js';
import { messageIn, type ApiError } from '../sign-in/auth-api.js';
import { STEP_HEADING_ID } from './step-ids.js';
import { applicationUrl, http } from './http.js';
import type { ApplicationView } from './view-types.js';

/** R-ATT-4: how the result is received; the methods offered follow the procedure and status (the server says which). */
export function ReceiptStep({ view, onChanged }: { view: ApplicationView; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const id = useId();
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  // Shown chosen at once; put back if the server refuses it.
  const [chosen, setChosen] = useState<ReceiptMethod | null>(view.receiptMethod);
  const choose = async (method: ReceiptMethod) => {
    setSaved(false);
    setError(undefined);
    setChosen(method);
    const result = await http('PUT', applicationUrl(view.id, '/receipt-method'), { method });
    if (!result.ok) {
      setChosen(view.receiptMethod);
      return setError(result.error);
    }
    await onChanged();
    setSaved(true);
  };
  return (
    <section aria-labelledby={STEP_HEADING_ID} className="flex flex-col gap-6">
      <h2 id={STEP_HEADING_ID} tabIndex={-1} className="text-std-24B-150 text-solid-gray-900 md:text-std-28B-150">{t('applications.receipt.heading')}</h2>
      <p>{t('applications.receipt.lead')}</p>
      {view.receiptMethods.length === 0 ? <p>{t('applications.receipt.none')}</p> : (
        <RadioGroupField<ReceiptMethod>
          id={`${id}-method`} name="receiptMethod" legend={t('applications.receipt.legend')} required
          error={error ? messageIn(error.message, i18n.resolvedLanguage) : undefined}
          value={chosen ?? ''}
          choices={view.receiptMethods.map((m) => ({ value: m, label: receiptMethodName(m, view.procedures)[language], hint: t(`applications.receipt.hints.${m}`) }))}
          onChange={(m) => void choose(m)}
        />
      )}
      <p role="status" className="text-std-16B-170">{saved ? t('applications.receipt.saved') : ''}</p>
    </section>
  );
}
