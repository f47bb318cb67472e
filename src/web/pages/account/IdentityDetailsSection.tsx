import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';
import { Section } from '../../components/Section.js';
import { COUNTRIES } from '../../../forms/pages/countries.js';
import { checkIdentityDetails, identityLabel, type IdentityDetails } from '../../../server/features/registration/identity-rules.js';
import { MESSAGES } from '../../../server/errors.js';
import { apiGet, apiPost, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, fieldError, Notice, TextField } from '../sign-in/form-parts.js';

const SELECT = 'min-h-14 max-w-120 rounded-8 border border-solid-gray-600 bg-white px-4';
const URL = '/api/v1/account/identity';
type Form = Record<keyof IdentityDetails, string>;

const toForm = (d: IdentityDetails): Form => ({ residenceCardNumber: d.residenceCardNumber ?? '', nationality: d.nationality ?? '', passportNumber: d.passportNumber ?? '' });

/**
 * R-PLUS-6: a foreign national records their own residence card number, nationality and passport number, so a filing
 * in their name by an intermediary or an organisation is notified to this account. Checked here with the same rules
 * as on the server (R-FORM-4); the numbers travel in request bodies only. Hidden for accounts that cannot hold them.
 */
export function IdentityDetailsSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'ja';
  const id = useId();
  const [form, setForm] = useState<Form>();
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void apiGet<IdentityDetails>(URL).then((r) => {
      if (r.ok) setForm(toForm(r.data));
    });
  }, []);
  if (!form) return null;

  const fieldIds = { residenceCardNumber: `${id}-card`, nationality: `${id}-nationality`, passportNumber: `${id}-passport` };
  const f = (path: keyof IdentityDetails) => fieldError(error, path, lang);
  const change = (name: keyof IdentityDetails, value: string) => {
    setForm({ ...form, [name]: value });
    setSaved(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkIdentityDetails(form);
    if (checked.errors.length > 0) {
      setError({ status: 400, error: 'VALIDATION', message: MESSAGES.invalidRequest, fields: checked.errors });
      return;
    }
    const result = await apiPost<IdentityDetails>(URL, checked.value);
    setError(result.ok ? undefined : result.error);
    if (result.ok) {
      setForm(toForm(result.data));
      setSaved(true);
    }
  };

  return (
    <Section id="identity" heading={t('account.identity.heading')}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <p>{t('account.identity.lead')}</p>
        <ErrorSummary error={error} fieldIds={fieldIds} />
        {saved && <Notice>{t('account.identity.saved')}</Notice>}
        <TextField id={fieldIds.residenceCardNumber} label={identityLabel('residenceCardNumber')[lang]} hint={t('account.identity.cardHint')} required={false}
          autoComplete="off" spellCheck={false} autoCapitalize="characters" value={form.residenceCardNumber}
          onChange={(e) => change('residenceCardNumber', e.target.value)} error={f('residenceCardNumber')} />
        <FormField id={fieldIds.nationality} label={identityLabel('nationality')[lang]} hint={t('account.identity.pairHint')} error={f('nationality')}>
          {(control) => (
            <select {...control} className={SELECT} value={form.nationality} onChange={(e) => change('nationality', e.target.value)}>
              <option value="">{t('account.identity.none')}</option>
              {COUNTRIES.map((c) => <option key={c.code} value={c.code}>{lang === 'en' ? c.nameEn : c.nameJa}</option>)}
            </select>
          )}
        </FormField>
        <TextField id={fieldIds.passportNumber} label={identityLabel('passportNumber')[lang]} hint={t('account.identity.passportHint')} required={false}
          autoComplete="off" spellCheck={false} autoCapitalize="characters" value={form.passportNumber}
          onChange={(e) => change('passportNumber', e.target.value)} error={f('passportNumber')} />
        <div><button type="submit" className="dads-button-primary">{t('account.identity.submit')}</button></div>
      </form>
    </Section>
  );
}
