import { useCallback, useEffect, useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PROCEDURES } from '../../../domain/reference/index.js';
import { CONTROL_CLASS, FormField } from '../../components/FormField.js';
import { PageTitle } from '../../components/PageTitle.js';
import { currentLanguage } from '../../i18n/index.js';
import { applicationPath } from '../../paths.js';
import { ErrorSummary, PageHeading } from '../sign-in/form-parts.js';
import type { ApiError } from '../sign-in/auth-api.js';
import { ApplicationCard } from './ApplicationCard.js';
import { refusalText } from './DocumentsSection.js';
import { API, http, newIdempotencyKey } from './http.js';
import { LIST_STATES, stateName } from './status-names.js';
import type { ApplicationList, ApplicationView } from './view-types.js';

interface Filters { state: string; procedure: string; q: string }

/**
 * 申請情報一覧 (R-SUB-1, R-FORM-3): every draft and case of this account, filtered by state, procedure or a
 * search; new drafts, import of an exported draft, and per application open / export / submit. The filters
 * stay in the page (a search may be a name: nothing personal goes into the URL).
 */
export function ApplicationListPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const id = useId();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Filters>({ state: '', procedure: '', q: '' });
  const [applied, setApplied] = useState<Filters>(filters);
  const [page, setPage] = useState(1);
  const [list, setList] = useState<ApplicationList>();
  const [error, setError] = useState<ApiError>();
  const [importError, setImportError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const query = new URLSearchParams({ page: String(page) });
    for (const [key, value] of Object.entries(applied)) if (value.trim() !== '') query.set(key, value.trim());
    const result = await http<ApplicationList>('GET', `${API}?${query}`);
    if (result.ok) setList(result.data);
    else setError(result.error);
  }, [applied, page]);
  useEffect(() => {
    void load();
  }, [load]);

  const create = async () => {
    setBusy(true);
    const result = await http<ApplicationView>('POST', API, { idempotencyKey: newIdempotencyKey() });
    setBusy(false);
    if (result.ok) await navigate(applicationPath(result.data.id));
    else setError(result.error);
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setImportError(undefined);
    if (!file) return;
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      return setImportError(t('applications.list.importNotJson'));
    }
    const result = await http<ApplicationView>('POST', `${API}/import`, body);
    if (result.ok) await navigate(applicationPath(result.data.id));
    else setImportError(refusalText(result.error, language));
  };
  const applyFilters = (event: FormEvent) => {
    event.preventDefault();
    setPage(1);
    setApplied(filters);
  };
  const pages = list ? Math.max(1, Math.ceil(list.total / list.pageSize)) : 1;

  return (
    <>
      <PageTitle page={t('applications.list.title')} />
      <PageHeading>{t('applications.list.title')}</PageHeading>
      <p className="mt-4 max-w-200">{t('applications.list.lead')}</p>
      <div className="mt-6 flex flex-col gap-4">
        <ErrorSummary error={error} />
        <div className="flex flex-wrap items-center gap-4">
          <button type="button" className="dads-button-primary" disabled={busy} onClick={() => void create()}>{t('applications.list.new')}</button>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-import`} className="text-std-16B-170">{t('applications.list.import')}</label>
            <input id={`${id}-import`} type="file" accept="application/json,.json" onChange={(e) => void importFile(e)}
              aria-describedby={[`${id}-import-hint`, importError ? `${id}-import-error` : ''].filter(Boolean).join(' ')} aria-invalid={importError ? true : undefined}
              className="max-w-full text-std-16N-170 file:mr-3 file:rounded-8 file:border file:border-blue-900 file:bg-white file:px-3 file:py-2 file:text-blue-900" />
            <p id={`${id}-import-hint`} className="text-std-16N-170 text-solid-gray-700">{t('applications.list.importHint')}</p>
            {importError && <p id={`${id}-import-error`} role="alert" className="text-std-16B-170 text-error-2">{importError}</p>}
          </div>
        </div>
      </div>
      <form role="search" aria-label={t('applications.list.filters')} onSubmit={applyFilters} className="mt-8 grid gap-4 rounded-12 border border-solid-gray-420 p-4 md:grid-cols-3 md:p-6">
        <FormField id={`${id}-state`} label={t('applications.list.state')}>
          {(control) => (
            <select {...control} className={CONTROL_CLASS} value={filters.state} onChange={(e) => setFilters({ ...filters, state: e.target.value })}>
              <option value="">{t('applications.list.any')}</option>
              {LIST_STATES.map((s) => <option key={s} value={s}>{stateName(s, language)}</option>)}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-procedure`} label={t('applications.list.procedure')}>
          {(control) => (
            <select {...control} className={CONTROL_CLASS} value={filters.procedure} onChange={(e) => setFilters({ ...filters, procedure: e.target.value })}>
              <option value="">{t('applications.list.any')}</option>
              {PROCEDURES.map((p) => <option key={p.code} value={p.code}>{language === 'en' ? p.nameEn : p.nameJa}</option>)}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-q`} label={t('applications.list.search')} hint={t('applications.list.searchHint')}>
          {(control) => <input {...control} type="search" className={CONTROL_CLASS} value={filters.q} onChange={(e) => setFilters({ ...filters, q: e.target.value })} />}
        </FormField>
        <div className="md:col-span-3"><button type="submit" className="dads-button-outline">{t('applications.list.apply')}</button></div>
      </form>
      <section aria-labelledby={`${id}-results`} className="mt-8 flex flex-col gap-4">
        <h2 id={`${id}-results`} className="text-std-24B-150">{t('applications.list.results')}</h2>
        <p role="status">{list ? t('applications.list.total', { number: list.total }) : t('applications.loading')}</p>
        {list && list.items.length === 0 && <p>{t('applications.list.empty')}</p>}
        <ul className="flex flex-col gap-4">
          {list?.items.map((item) => <li key={item.id}><ApplicationCard item={item} language={language} onChanged={load} /></li>)}
        </ul>
        {pages > 1 && (
          <nav aria-label={t('applications.list.pagination')} className="flex flex-wrap items-center gap-4">
            <button type="button" className="dads-button-outline" disabled={page <= 1} onClick={() => setPage(page - 1)}>{t('applications.list.previousPage')}</button>
            <span>{t('applications.list.pageOf', { page, pages })}</span>
            <button type="button" className="dads-button-outline" disabled={page >= pages} onClick={() => setPage(page + 1)}>{t('applications.list.nextPage')}</button>
          </nav>
        )}
      </section>
    </>
  );
}
