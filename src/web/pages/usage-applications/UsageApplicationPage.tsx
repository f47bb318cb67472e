import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';
import { PageTitle } from '../../components/PageTitle.js';
import { PREFECTURES } from '../../../domain/reference/bureaus.js';
import { ORGANIZATION_TYPES, type OrganizationType } from '../../../domain/organizations/usage-application.js';
import type { usageApplicationsJa } from '../../i18n/usage-applications-ja.js';
import { apiPost, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, fieldError, Notice, PageHeading, TextField } from '../sign-in/form-parts.js';

const ORG_FIELDS = ['name', 'corporateNumber', 'address', 'categoryEvidence'] as const;
type OrgField = (typeof ORG_FIELDS)[number];
interface Person { name: string; email: string }
interface Implementing { name: string; corporateNumber: string; address: string }
const SELECT = 'min-h-14 max-w-120 rounded-8 border border-solid-gray-600 px-4';
type FormKey = keyof typeof usageApplicationsJa.usageApplication.form;
const CATEGORIES = ['c1', 'c2', 'c3', 'c4'] as const;
const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s);

/** R-ORG-1: 利用申出. The request letter and pledge files of support organisations are not uploaded here yet. */
export function UsageApplicationPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = i18n.resolvedLanguage;
  const [org, setOrg] = useState<Record<OrgField, string>>({ name: '', corporateNumber: '', address: '', categoryEvidence: '' });
  const [prefectureCode, setPrefectureCode] = useState('');
  const [category, setCategory] = useState('');
  const [type, setType] = useState<OrganizationType>('ACCEPTING');
  const [contactEmail, setContactEmail] = useState('');
  const [staff, setStaff] = useState<Person[]>([{ name: '', email: '' }]);
  const [implementing, setImplementing] = useState<Implementing[]>([{ name: '', corporateNumber: '', address: '' }]);
  const [requesting, setRequesting] = useState({ name: '', corporateNumber: '' });
  const [pledges, setPledges] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const needsRequesting = type === 'SUPPORT' || type === 'PUBLIC_INTEREST';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await apiPost('/api/v1/usage-applications', {
      organization: { ...org, prefectureCode, category: Number(category) },
      type, contactEmail, staff,
      ...(type === 'SUPERVISING' ? { implementingOrganizations: implementing.map((o) => ({ name: o.name, corporateNumber: blankToUndefined(o.corporateNumber), address: blankToUndefined(o.address) })) } : {}),
      ...(needsRequesting ? { requestingOrganization: requesting } : {}),
      pledgesAccepted: pledges,
    });
    setBusy(false);
    if (result.ok) setDone(true);
    else setError(result.error);
  };
  const f = (path: string) => fieldError(error, path, lang);
  const u = (key: FormKey) => t(`usageApplication.form.${key}`);
  const fieldIds = Object.fromEntries([...ORG_FIELDS.map((k) => `organization.${k}`), 'organization.prefectureCode', 'organization.category', 'contactEmail', 'pledgesAccepted'].map((k) => [k, `${id}-${k}`]));

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
            <fieldset className="flex flex-col gap-4">
              <legend className="text-std-17B-170">{u('staff')}</legend>
              {f('staff') && <p className="text-std-16B-170 text-error-2">{f('staff')}</p>}
              {staff.map((person, i) => (
                <div key={i} className="flex flex-col gap-2 border-l-4 border-solid-gray-300 pl-4">
                  <TextField id={`${id}-staff.${i}.name`} label={u('staffName')} value={person.name} onChange={(e) => setStaff(staff.map((p, j) => (j === i ? { ...p, name: e.target.value } : p)))} error={f(`staff.${i}.name`)} />
                  <TextField id={`${id}-staff.${i}.email`} label={u('staffEmail')} type="email" value={person.email} onChange={(e) => setStaff(staff.map((p, j) => (j === i ? { ...p, email: e.target.value } : p)))} error={f(`staff.${i}.email`)} />
                  {staff.length > 1 && <div><button type="button" className="dads-button-tertiary" onClick={() => setStaff(staff.filter((_, j) => j !== i))}>{u('remove')}</button></div>}
                </div>
              ))}
              <div><button type="button" className="dads-button-secondary" onClick={() => setStaff([...staff, { name: '', email: '' }])}>{u('addStaff')}</button></div>
            </fieldset>
            {type === 'SUPERVISING' && (
              <fieldset className="flex flex-col gap-4">
                <legend className="text-std-17B-170">{u('implementing')}</legend>
                {f('implementingOrganizations') && <p className="text-std-16B-170 text-error-2">{f('implementingOrganizations')}</p>}
                {implementing.map((o, i) => (
                  <div key={i} className="flex flex-col gap-2 border-l-4 border-solid-gray-300 pl-4">
                    {(['name', 'corporateNumber', 'address'] as const).map((k) => (
                      <TextField key={k} id={`${id}-impl.${i}.${k}`} label={u(`implementing_${k}`)} required={k === 'name'} value={o[k]}
                        onChange={(e) => setImplementing(implementing.map((x, j) => (j === i ? { ...x, [k]: e.target.value } : x)))} error={f(`implementingOrganizations.${i}.${k}`)} />
                    ))}
                  </div>
                ))}
                <div><button type="button" className="dads-button-secondary" onClick={() => setImplementing([...implementing, { name: '', corporateNumber: '', address: '' }])}>{u('addImplementing')}</button></div>
              </fieldset>
            )}
            {needsRequesting && (
              <fieldset className="flex flex-col gap-4">
                <legend className="text-std-17B-170">{u('requesting')}</legend>
                <p>{u('requestingFilesLater')}</p>
                <TextField id={`${id}-req.name`} label={u('requesting_name')} value={requesting.name} onChange={(e) => setRequesting({ ...requesting, name: e.target.value })} error={f('requestingOrganization.name') ?? f('requestingOrganization')} />
                <TextField id={`${id}-req.corporateNumber`} label={u('requesting_corporateNumber')} value={requesting.corporateNumber} onChange={(e) => setRequesting({ ...requesting, corporateNumber: e.target.value })} error={f('requestingOrganization.corporateNumber')} />
              </fieldset>
            )}
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
