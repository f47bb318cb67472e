import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICER_OFFICES } from '../../../domain/auth/officer-offices.js';
import { OFFICER_ROLES, type OfficerRole } from '../../../domain/auth/roles.js';
import { PageTitle } from '../../components/PageTitle.js';
import { Section } from '../../components/Section.js';
import { apiGet, apiPost, type ApiError, type Officer, type Officers } from '../sign-in/auth-api.js';
import { ErrorSummary, fieldError, Notice, PageHeading, TextField } from '../sign-in/form-parts.js';
import { officeLabel } from './office-label.js';

/** Administrators create officers with a role and an office; the officer gets a password-set link by email. */
export function OfficersAdminPage() {
  const { t } = useTranslation();
  const [officers, setOfficers] = useState<Officer[]>();
  const [error, setError] = useState<ApiError>();
  const load = useCallback(() => {
    void apiGet<Officers>('/api/v1/admin/officers').then((r) => (r.ok ? setOfficers(r.data.officers) : setError(r.error)));
  }, []);
  useEffect(load, [load]);
  return (
    <>
      <PageTitle page={t('officer.admin.title')} />
      <PageHeading>{t('officer.admin.title')}</PageHeading>
      <div className="mt-6"><ErrorSummary error={error} /></div>
      {officers && (
        <>
          <Section id="new-officer" heading={t('officer.admin.createHeading')}><NewOfficerForm onCreated={load} /></Section>
          <Section id="officer-list" heading={t('officer.admin.listHeading')}><OfficerTable officers={officers} /></Section>
        </>
      )}
    </>
  );
}

function NewOfficerForm({ onCreated }: { onCreated: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [form, setForm] = useState({ displayName: '', email: '', role: 'EXAMINER' as OfficerRole, office: 'TOKYO' as string });
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());
  const [error, setError] = useState<ApiError>();
  const [created, setCreated] = useState<Officer>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await apiPost<Officer>('/api/v1/admin/officers', { ...form, idempotencyKey });
    setError(result.ok ? undefined : result.error);
    if (!result.ok) return;
    setCreated(result.data);
    setKey(crypto.randomUUID());
    setForm({ ...form, displayName: '', email: '' });
    onCreated();
  };
  const selectClass = 'min-h-14 w-full max-w-120 rounded-8 border border-solid-gray-600 bg-white px-4';
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      {created && <Notice>{t('officer.admin.created', { name: created.displayName, authId: created.authId })}</Notice>}
      <ErrorSummary error={error} fieldIds={{ displayName: `${id}-name`, email: `${id}-email` }} />
      <TextField id={`${id}-name`} label={t('officer.admin.name')} value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} error={fieldError(error, 'displayName', i18n.resolvedLanguage)} />
      <TextField id={`${id}-email`} label={t('auth.email.label')} type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} error={fieldError(error, 'email', i18n.resolvedLanguage)} />
      <div className="flex flex-col gap-2">
        <label htmlFor={`${id}-role`} className="text-std-17B-170">{t('officer.admin.role')}</label>
        <select id={`${id}-role`} className={selectClass} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as OfficerRole })}>
          {OFFICER_ROLES.map((role) => <option key={role} value={role}>{t(`account.kinds.${role}`)}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-2">
        <label htmlFor={`${id}-office`} className="text-std-17B-170">{t('officer.admin.office')}</label>
        <select id={`${id}-office`} className={selectClass} value={form.office} onChange={(e) => setForm({ ...form, office: e.target.value })}>
          {OFFICER_OFFICES.map((office) => <option key={office} value={office}>{officeLabel(office, i18n.resolvedLanguage)}</option>)}
        </select>
      </div>
      <div><button type="submit" className="dads-button-primary">{t('officer.admin.create')}</button></div>
    </form>
  );
}

function OfficerTable({ officers }: { officers: Officer[] }) {
  const { t, i18n } = useTranslation();
  const cell = 'border-b border-solid-gray-420 p-2';
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t('officer.admin.listHeading')}</caption>
        <thead>
          <tr>{(['name', 'authId', 'role', 'office', 'state'] as const).map((k) => <th key={k} scope="col" className={cell}>{t(`officer.admin.columns.${k}`)}</th>)}</tr>
        </thead>
        <tbody>
          {officers.map((o) => (
            <tr key={o.id}>
              <td className={cell}>{o.displayName}</td>
              <td className={cell}>{o.authId}</td>
              <td className={cell}>{t(`account.kinds.${o.role}`)}</td>
              <td className={cell}>{officeLabel(o.office, i18n.resolvedLanguage)}</td>
              <td className={cell}>{o.status === 'DISABLED' ? t('officer.admin.disabled') : o.hasPassword && o.hasSecondFactor ? t('officer.admin.ready') : t('officer.admin.pending')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
