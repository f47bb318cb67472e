import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';
import { PageTitle } from '../../components/PageTitle.js';
import { PREFECTURES } from '../../../domain/reference/bureaus.js';
import { ORGANIZATION_TYPES, actsForRequestingOrganization, type OrganizationType } from '../../../domain/organizations/usage-application.js';
import type { usageApplicationsJa } from '../../i18n/usage-applications-ja.js';
import { type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, fieldError, Notice, PageHeading, TextField } from '../sign-in/form-parts.js';
import { apiUpload, formDataOf } from './upload-api.js';
import {
  EMPTY_IMPLEMENTING, EMPTY_PERSON, EMPTY_REQUESTING, ImplementingFields, RequestingFields, StaffFields, implementingPayload, type Implementing, type Person,
} from './UsageFields.js';

const ORG_FIELDS = ['name', 'corporateNumber', 'address', 'categoryEvidence'] as const;
type OrgField = (typeof ORG_FIELDS)[number];
const SELECT = 'min-h-14 max-w-120 rounded-8 border border-solid-gray-600 px-4';
type FormKey = keyof typeof usageApplicationsJa.usageApplication.form;
const CATEGORIES = ['c1', 'c2', 'c3', 'c4'] as const;

/** R-ORG-1: 利用申出, with the requesting organisation's request letter and pledge for support and public-interest ones. */
export function UsageApplicationPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = i18n.resolvedLanguage;
  const [org, setOrg] = useState<Record<OrgField, string>>({ name: '', corporateNumber: '', address: '', categoryEvidence: '' });
  const [prefectureCode, setPrefectureCode] = useState('');
  const [category, setCategory] = useState('');
  const [type, setType] = useState<OrganizationType>('ACCEPTING');
  const [contactEmail, setContactEmail] = useState('');
  const [staff, setStaff] = useState<Person[]>([EMPTY_PERSON]);
  const [implementing, setImplementing] = useState<Implementing[]>([EMPTY_IMPLEMENTING]);
  const [requesting, setRequesting] = useState(EMPTY_REQUESTING);
  const [pledges, setPledges] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const needsRequesting = actsForRequestingOrganization(type);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const form = {
      organization: { ...org, prefectureCode, category: Number(category) },
      type, contactEmail, staff,
      ...(type === 'SUPERVISING' ? { implementingOrganizations: implementingPayload(implementing) } : {}),
      ...(needsRequesting ? { requestingOrganization: { name: requesting.name, corporateNumber: requesting.corporateNumber } } : {}),
      pledgesAccepted: pledges,
    };
    const files = needsRequesting ? { requestLetter: requesting.requestLetter, pledge: requesting.pledge } : {};
    const result = await apiUpload('/api/v1/usage-applications/with-documents', formDataOf({ form: JSON.stringify(form) }, files));
    setBusy(false);
    if (result.ok) setDone(true);
    else setError(result.error);
  };
  const f = (path: string) => fieldError(error, path, lang);
  const u = (key: FormKey) => t(`usageApplication.form.${key}`);
  const fieldIds = Object.fromEntries([
    ...ORG_FIELDS.map((k) => [`organization.${k}`, `${id}-organization.${k}`]),
    ...['organization.prefectureCode', 'organization.category', 'contactEmail', 'pledgesAccepted'].map((k) => [k, `${id}-${k}`]),
    ['staff', `${id}-staff`], ['implementingOrganizations', `${id}-implementing`], ['requestingOrganization.name', `${id}-req.name`],
    ['requestingOrganization.corporateNumber', `${id}-req.corporateNumber`], ['requestLetter', `${id}-requestLetter`], ['pledge', `${id}-pledge`],
    ...staff.flatMap((_, i) => [[`staff.${i}.name`, `${id}-staff.${i}.name`], [`staff.${i}.email`, `${id}-staff.${i}.email`]]),
  ]);

  return (
    <>
      <PageTitle page={u('title')} />
      <PageHeading>{u('title')}</PageHeading>
      <p className="mt-4 max-w-200">{u('lead')}</p>
      <div className="mt-6">
        {done ? <Notice><p>{u('done')}</p></Notice> : (
          <form onSubmit={submit} noValidate className="flex max-w-200 flex-col gap-6">
            <ErrorSummary error={error} fieldIds={fieldIds} />
            {ORG_FIELDS.map((k) => (
              <TextField key={k} id={`${id}-organization.${k}`} label={u(k)} hint={k === 'corporateNumber' ? u('corporateNumberHint') : undefined} value={org[k]}
                onChange={(e) => setOrg({ ...org, [k]: e.target.value })} error={f(`organization.${k}`)} />
            ))}
            <FormField id={`${id}-organization.prefectureCode`} label={u('prefecture')} required error={f('organization.prefectureCode')}>
              {(control) => (
                <select {...control} className={SELECT} value={prefectureCode} onChange={(e) => setPrefectureCode(e.target.value)}>
                  <option value="">{u('choose')}</option>
                  {PREFECTURES.map((p) => <option key={p.code} value={p.code}>{lang === 'en' ? p.nameEn : p.nameJa}</option>)}
                </select>
              )}
            </FormField>
            <FormField id={`${id}-organization.category`} label={u('category')} required error={f('organization.category')}>
              {(control) => (
                <select {...control} className={SELECT} value={category} onChange={(e) => setCategory(e.target.value)}>
                  <option value="">{u('choose')}</option>
                  {CATEGORIES.map((c) => <option key={c} value={c.slice(1)}>{t(`usageApplication.category.${c}`)}</option>)}
                </select>
              )}
            </FormField>
            <FormField id={`${id}-type`} label={u('type')} required error={f('type')}>
              {(control) => (
                <select {...control} className={SELECT} value={type} onChange={(e) => setType(e.target.value as OrganizationType)}>
                  {ORGANIZATION_TYPES.map((o) => <option key={o} value={o}>{t(`usageApplication.type.${o}`)}</option>)}
                </select>
              )}
            </FormField>
            <TextField id={`${id}-contactEmail`} label={u('contactEmail')} type="email" autoComplete="email" value={contactEmail} onChange={(e) => setContactEmail(e.target.value)} error={f('contactEmail')} />
            <StaffFields id={id} staff={staff} onChange={setStaff} error={f} />
            {type === 'SUPERVISING' && <ImplementingFields id={id} list={implementing} onChange={setImplementing} error={f} />}
            {needsRequesting && <RequestingFields id={id} value={requesting} onChange={setRequesting} error={f} />}
            <div className="flex flex-col gap-2">
              <label className="flex items-center gap-2">
                <input id={`${id}-pledgesAccepted`} type="checkbox" checked={pledges} onChange={(e) => setPledges(e.target.checked)} aria-invalid={f('pledgesAccepted') ? true : undefined} />
                {u('pledges')}
              </label>
              {f('pledgesAccepted') && <p className="text-std-16B-170 text-error-2">{f('pledgesAccepted')}</p>}
            </div>
            <div><button type="submit" className="dads-button-primary" disabled={busy}>{u('submit')}</button></div>
          </form>
        )}
      </div>
    </>
  );
}
