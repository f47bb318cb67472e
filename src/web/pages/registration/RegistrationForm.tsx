import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, fieldError, TextField } from '../sign-in/form-parts.js';

const USER_TYPES = ['SELF', 'LEGAL_REPRESENTATIVE', 'RELATIVE'] as const;
type UserType = (typeof USER_TYPES)[number];

/** User type (本人 / 法定代理人 / 親族 with relationship), contact email, terms. The facts are not sent: the server has them. */
export function RegistrationForm({ checkId, onDone }: { checkId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [userType, setUserType] = useState<UserType>('SELF');
  const [relationship, setRelationship] = useState('');
  const [email, setEmail] = useState('');
  const [terms, setTerms] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const labels: Record<UserType, string> = {
    SELF: t('individual.register.userTypeSELF'),
    LEGAL_REPRESENTATIVE: t('individual.register.userTypeLEGAL_REPRESENTATIVE'),
    RELATIVE: t('individual.register.userTypeRELATIVE'),
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const body = { checkId, userType, email, termsAccepted: terms, ...(userType === 'RELATIVE' ? { relationship } : {}) };
    const result = await apiPost('/api/v1/registration', body);
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error);
  };
  const termsError = fieldError(error, 'termsAccepted', i18n.resolvedLanguage);
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      <ErrorSummary error={error} fieldIds={{ email: `${id}-email`, relationship: `${id}-relationship`, termsAccepted: `${id}-terms` }} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-std-17B-170">{t('individual.register.userType')}</legend>
        {USER_TYPES.map((type) => (
          <label key={type} className="flex items-center gap-2">
            <input type="radio" name={`${id}-user-type`} value={type} checked={userType === type} onChange={() => setUserType(type)} />
            {labels[type]}
          </label>
        ))}
      </fieldset>
      {userType === 'RELATIVE' && (
        <TextField id={`${id}-relationship`} label={t('individual.register.relationship')} hint={t('individual.register.relationshipHint')} value={relationship}
          onChange={(e) => setRelationship(e.target.value)} error={fieldError(error, 'relationship', i18n.resolvedLanguage)} />
      )}
      <TextField id={`${id}-email`} label={t('individual.register.email')} hint={t('individual.register.emailHint')} type="email" autoComplete="email" value={email}
        onChange={(e) => setEmail(e.target.value)} error={fieldError(error, 'email', i18n.resolvedLanguage)} />
      <div className="flex flex-col gap-2">
        <label className="flex items-center gap-2">
          <input id={`${id}-terms`} type="checkbox" checked={terms} onChange={(e) => setTerms(e.target.checked)} aria-invalid={termsError ? true : undefined} aria-describedby={termsError ? `${id}-terms-error` : undefined} />
          {t('individual.register.terms')}
        </label>
        {termsError && <p id={`${id}-terms-error`} className="text-std-16B-170 text-error-2">{termsError}</p>}
      </div>
      <div><button type="submit" className="dads-button-primary" disabled={busy}>{t('individual.register.submit')}</button></div>
    </form>
  );
}
