import { useTranslation } from 'react-i18next';
import { CONTROL_CLASS, FormField } from '../../components/FormField.js';
import type { usageApplicationsJa } from '../../i18n/usage-applications-ja.js';
import { TextField } from '../sign-in/form-parts.js';

export interface Person { name: string; email: string }
export interface Implementing { name: string; corporateNumber: string; address: string }
export interface Requesting { name: string; corporateNumber: string; requestLetter: File | null; pledge: File | null }

export const EMPTY_PERSON: Person = { name: '', email: '' };
export const EMPTY_IMPLEMENTING: Implementing = { name: '', corporateNumber: '', address: '' };
export const EMPTY_REQUESTING: Requesting = { name: '', corporateNumber: '', requestLetter: null, pledge: null };
export const ACCEPTED_FILES = 'application/pdf,image/jpeg,image/png';

type FormKey = keyof typeof usageApplicationsJa.usageApplication.form;
type ErrorOf = (path: string) => string | undefined;
const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s);

export function implementingPayload(list: readonly Implementing[]) {
  return list.map((o) => ({ name: o.name, corporateNumber: blankToUndefined(o.corporateNumber), address: blankToUndefined(o.address) }));
}

function useFormText() {
  const { t } = useTranslation();
  return (key: FormKey) => t(`usageApplication.form.${key}`);
}

/** A multi-line answer with the DADS field anatomy. */
export function TextAreaField({ id, label, hint, value, onChange, error }: { id: string; label: string; hint?: string; value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <FormField id={id} label={label} required hint={hint} error={error}>
      {(control) => <textarea {...control} rows={6} className={`${CONTROL_CLASS} max-w-200`} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}

/** One file (or several) chosen from the device; the server judges the type by content (R-ATT-2). */
export function FileField({ id, label, hint, required = true, multiple = false, onChange, error }: {
  id: string; label: string; hint?: string; required?: boolean; multiple?: boolean; onChange: (files: File[]) => void; error?: string;
}) {
  return (
    <FormField id={id} label={label} required={required} hint={hint} error={error}>
      {(control) => <input {...control} type="file" accept={ACCEPTED_FILES} multiple={multiple} className="text-std-16N-170" onChange={(e) => onChange([...(e.target.files ?? [])])} />}
    </FormField>
  );
}

/** The staff to enrol: each gets an approval email, a password link and a 認証ID. */
export function StaffFields({ id, staff, onChange, error, legend, minimum = 1 }: { id: string; staff: Person[]; onChange: (s: Person[]) => void; error: ErrorOf; legend?: string; minimum?: number }) {
  const u = useFormText();
  const set = (i: number, change: Partial<Person>) => onChange(staff.map((p, j) => (j === i ? { ...p, ...change } : p)));
  return (
    <fieldset id={`${id}-staff`} className="flex flex-col gap-4">
      <legend className="text-std-17B-170">{legend ?? u('staff')}</legend>
      {error('staff') && <p className="text-std-16B-170 text-error-2">{error('staff')}</p>}
      {staff.map((person, i) => (
        <div key={i} className="flex flex-col gap-2 border-l-4 border-solid-gray-300 pl-4">
          <TextField id={`${id}-staff.${i}.name`} label={u('staffName')} value={person.name} onChange={(e) => set(i, { name: e.target.value })} error={error(`staff.${i}.name`)} />
          <TextField id={`${id}-staff.${i}.email`} label={u('staffEmail')} type="email" value={person.email} onChange={(e) => set(i, { email: e.target.value })} error={error(`staff.${i}.email`)} />
          {staff.length > minimum && <div><button type="button" className="dads-button-tertiary" onClick={() => onChange(staff.filter((_, j) => j !== i))}>{u('remove')}</button></div>}
        </div>
      ))}
      <div><button type="button" className="dads-button-secondary" onClick={() => onChange([...staff, EMPTY_PERSON])}>{u('addStaff')}</button></div>
    </fieldset>
  );
}

/** A supervising organisation's implementing organisations (corporate number or address identifies each). */
export function ImplementingFields({ id, list, onChange, error }: { id: string; list: Implementing[]; onChange: (l: Implementing[]) => void; error: ErrorOf }) {
  const u = useFormText();
  return (
    <fieldset id={`${id}-implementing`} className="flex flex-col gap-4">
      <legend className="text-std-17B-170">{u('implementing')}</legend>
      {error('implementingOrganizations') && <p className="text-std-16B-170 text-error-2">{error('implementingOrganizations')}</p>}
      {list.map((o, i) => (
        <div key={i} className="flex flex-col gap-2 border-l-4 border-solid-gray-300 pl-4">
          {(['name', 'corporateNumber', 'address'] as const).map((k) => (
            <TextField key={k} id={`${id}-impl.${i}.${k}`} label={u(`implementing_${k}`)} required={k === 'name'} value={o[k]}
              onChange={(e) => onChange(list.map((x, j) => (j === i ? { ...x, [k]: e.target.value } : x)))} error={error(`implementingOrganizations.${i}.${k}`)} />
          ))}
        </div>
      ))}
      <div><button type="button" className="dads-button-secondary" onClick={() => onChange([...list, EMPTY_IMPLEMENTING])}>{u('addImplementing')}</button></div>
    </fieldset>
  );
}

/** The requesting organisation of a support organisation or public-interest corporation, with its request letter and pledge. */
export function RequestingFields({ id, value, onChange, error }: { id: string; value: Requesting; onChange: (r: Requesting) => void; error: ErrorOf }) {
  const u = useFormText();
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="text-std-17B-170">{u('requesting')}</legend>
      <TextField id={`${id}-req.name`} label={u('requesting_name')} value={value.name} onChange={(e) => onChange({ ...value, name: e.target.value })}
        error={error('requestingOrganization.name') ?? error('requestingOrganization')} />
      <TextField id={`${id}-req.corporateNumber`} label={u('requesting_corporateNumber')} value={value.corporateNumber}
        onChange={(e) => onChange({ ...value, corporateNumber: e.target.value })} error={error('requestingOrganization.corporateNumber')} />
      <FileField id={`${id}-requestLetter`} label={u('requestLetter')} hint={u('fileHint')} onChange={(f) => onChange({ ...value, requestLetter: f[0] ?? null })} error={error('requestLetter')} />
      <FileField id={`${id}-pledge`} label={u('pledge')} hint={u('fileHint')} onChange={(f) => onChange({ ...value, pledge: f[0] ?? null })} error={error('pledge')} />
    </fieldset>
  );
}
