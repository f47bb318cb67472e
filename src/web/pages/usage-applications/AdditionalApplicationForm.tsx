import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actsForRequestingOrganization } from '../../../domain/organizations/usage-application.js';
import { messageIn, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, fieldError, Notice } from '../sign-in/form-parts.js';
import type { Done, OrgKey, OrganisationOverview } from './organisation-types.js';
import { apiUpload, formDataOf } from './upload-api.js';
import { EMPTY_REQUESTING, ImplementingFields, RequestingFields, StaffFields, implementingPayload, type Implementing, type Person } from './UsageFields.js';

/** R-ORG-2: more staff, more implementing organisations, or a new requesting organisation (its own 認証IDs). */
export function AdditionalApplicationForm({ overview, onFiled }: { overview: OrganisationOverview; onFiled: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const id = useId();
  const o = (key: OrgKey) => t(`usageApplication.organisation.${key}`);
  const type = overview.organization.type;
  const [staff, setStaff] = useState<Person[]>([]);
  const [implementing, setImplementing] = useState<Implementing[]>([]);
  const [addRequesting, setAddRequesting] = useState(false);
  const [requesting, setRequesting] = useState(EMPTY_REQUESTING);
  const [pledges, setPledges] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const f = (path: string) => fieldError(error, path, lang);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const form = {
      staff, implementingOrganizations: type === 'SUPERVISING' ? implementingPayload(implementing) : [],
      ...(addRequesting ? { requestingOrganization: { name: requesting.name, corporateNumber: requesting.corporateNumber } } : {}),
      pledgesAccepted: pledges,
    };
    const files = addRequesting ? { requestLetter: requesting.requestLetter, pledge: requesting.pledge } : {};
    const result = await apiUpload<Done>('/api/v1/organisation/additional-usage-applications', formDataOf({ form: JSON.stringify(form) }, files));
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    setNotice(result.data.message ? messageIn(result.data.message, lang) : '');
    setStaff([]);
    setImplementing([]);
    setAddRequesting(false);
    setPledges(false);
    onFiled();
  };
  return (
    <form onSubmit={submit} noValidate className="flex max-w-200 flex-col gap-6">
      <p>{o('additionalLead')}</p>
      {notice && <Notice><p>{notice}</p></Notice>}
      <ErrorSummary error={error} fieldIds={{
        staff: `${id}-staff`, implementingOrganizations: `${id}-implementing`, 'requestingOrganization.name': `${id}-req.name`,
        'requestingOrganization.corporateNumber': `${id}-req.corporateNumber`, requestLetter: `${id}-requestLetter`, pledge: `${id}-pledge`, pledgesAccepted: `${id}-pledges`,
        ...Object.fromEntries(staff.flatMap((_, i) => [[`staff.${i}.name`, `${id}-staff.${i}.name`], [`staff.${i}.email`, `${id}-staff.${i}.email`]])),
      }} />
      {actsForRequestingOrganization(type) && (
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={addRequesting} onChange={(e) => setAddRequesting(e.target.checked)} />
          {o('addRequesting')}
        </label>
      )}
      {addRequesting && <RequestingFields id={id} value={requesting} onChange={setRequesting} error={f} />}
      <StaffFields id={id} staff={staff} onChange={setStaff} error={f} minimum={0} legend={addRequesting ? o('requestingStaff') : o('additionalStaff')} />
      {type === 'SUPERVISING' && <ImplementingFields id={id} list={implementing} onChange={setImplementing} error={f} />}
      <div className="flex flex-col gap-2">
        <label className="flex items-center gap-2">
          <input id={`${id}-pledges`} type="checkbox" checked={pledges} onChange={(e) => setPledges(e.target.checked)} aria-invalid={f('pledgesAccepted') ? true : undefined} />
          {t('usageApplication.form.pledges')}
        </label>
        {f('pledgesAccepted') && <p className="text-std-16B-170 text-error-2">{f('pledgesAccepted')}</p>}
      </div>
      <div><button type="submit" className="dads-button-primary" disabled={busy}>{o('additionalSubmit')}</button></div>
    </form>
  );
}
