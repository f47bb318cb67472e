import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';
import { PageTitle } from '../../components/PageTitle.js';
import { PREFECTURES } from '../../../domain/reference/bureaus.js';
import { apiPost, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, fieldError, Notice, PageHeading, TextField } from '../sign-in/form-parts.js';

const PROFESSIONS = ['LAWYER', 'SCRIVENER'] as const;
type Profession = (typeof PROFESSIONS)[number];
const TEXT_FIELDS = ['fullName', 'fullNameKana', 'email', 'phone', 'associationName', 'registrationNumber', 'officeName', 'postalCode', 'officeAddress'] as const;
type TextFieldName = (typeof TEXT_FIELDS)[number];
const HINTS: Partial<Record<TextFieldName, 'phoneHint' | 'registrationNumberHint' | 'postalCodeHint'>> = {
  phone: 'phoneHint', registrationNumber: 'registrationNumberHint', postalCode: 'postalCodeHint',
};
const AUTOCOMPLETE: Partial<Record<TextFieldName, string>> = { fullName: 'name', email: 'email', phone: 'tel', officeName: 'organization', postalCode: 'postal-code' };

/** R-AUTH-5: 弁護士・行政書士 register with the office address and registration number; the bureau reviews it. */
export function IntermediaryRegistrationPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [profession, setProfession] = useState<Profession>('LAWYER');
  const [values, setValues] = useState<Record<TextFieldName, string>>(() => Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextFieldName, string>);
  const [prefectureCode, setPrefectureCode] = useState('');
  const [terms, setTerms] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const lang = i18n.resolvedLanguage;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await apiPost('/api/v1/intermediaries/registrations', { profession, ...values, prefectureCode, termsAccepted: terms });
    setBusy(false);
    if (result.ok) setDone(true);
    else setError(result.error);
  };
  const fieldIds = Object.fromEntries([...TEXT_FIELDS, 'prefectureCode', 'termsAccepted', 'profession'].map((f) => [f, `${id}-${f}`]));
  const termsError = fieldError(error, 'termsAccepted', lang);
  return (
    <>
      <PageTitle page={t('intermediary.register.title')} />
      <PageHeading>{t('intermediary.register.title')}</PageHeading>
      <p className="mt-4 max-w-200">{t('intermediary.register.lead')}</p>
      <div className="mt-6">
        {done ? <Notice><p>{t('intermediary.register.done')}</p></Notice> : (
          <form onSubmit={submit} noValidate className="flex max-w-200 flex-col gap-6">
            <ErrorSummary error={error} fieldIds={fieldIds} />
            <fieldset className="flex flex-col gap-2">
              <legend className="text-std-17B-170">{t('intermediary.register.profession')}</legend>
              {PROFESSIONS.map((p) => (
                <label key={p} className="flex items-center gap-2">
                  <input type="radio" id={p === 'LAWYER' ? `${id}-profession` : undefined} name={`${id}-profession`} value={p} checked={profession === p} onChange={() => setProfession(p)} />
                  {t(`intermediary.register.${p}`)}
                </label>
              ))}
            </fieldset>
            {TEXT_FIELDS.filter((f) => f !== 'officeAddress').map((f) => (
              <TextField key={f} id={`${id}-${f}`} label={t(`intermediary.register.${f}`)} hint={HINTS[f] ? t(`intermediary.register.${HINTS[f]}`) : undefined}
                type={f === 'email' ? 'email' : 'text'} autoComplete={AUTOCOMPLETE[f]} value={values[f]}
                onChange={(e) => setValues({ ...values, [f]: e.target.value })} error={fieldError(error, f, lang)} />
            ))}
            <FormField id={`${id}-prefectureCode`} label={t('intermediary.register.prefecture')} required error={fieldError(error, 'prefectureCode', lang)}>
              {(control) => (
                <select {...control} className="min-h-14 max-w-120 rounded-8 border border-solid-gray-600 px-4" value={prefectureCode} onChange={(e) => setPrefectureCode(e.target.value)}>
                  <option value="">{t('intermediary.register.choosePrefecture')}</option>
                  {PREFECTURES.map((p) => <option key={p.code} value={p.code}>{lang === 'en' ? p.nameEn : p.nameJa}</option>)}
                </select>
              )}
            </FormField>
            <TextField id={`${id}-officeAddress`} label={t('intermediary.register.officeAddress')} value={values.officeAddress}
              onChange={(e) => setValues({ ...values, officeAddress: e.target.value })} error={fieldError(error, 'officeAddress', lang)} />
            <div className="flex flex-col gap-2">
              <label className="flex items-center gap-2">
                <input id={`${id}-termsAccepted`} type="checkbox" checked={terms} onChange={(e) => setTerms(e.target.checked)} aria-invalid={termsError ? true : undefined} aria-describedby={termsError ? `${id}-terms-error` : undefined} />
                {t('intermediary.register.terms')}
              </label>
              {termsError && <p id={`${id}-terms-error`} className="text-std-16B-170 text-error-2">{termsError}</p>}
            </div>
            <div><button type="submit" className="dads-button-primary" disabled={busy}>{t('intermediary.register.submit')}</button></div>
          </form>
        )}
      </div>
    </>
  );
}
