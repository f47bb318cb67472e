import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { APPLICATION_STATE_NAMES, CASE_STATUSES } from '../../../../domain/case/index.js';
import { PROCEDURE_CODES, getProcedure } from '../../../../domain/reference/procedures.js';
import { PageTitle } from '../../../components/PageTitle.js';
import { QUEUE_KINDS } from '../../../../server/features/back-office/schemas.js';
import { WEB_PATHS, officerCasePath } from '../../../paths.js';
import { isLanguage } from '../../../i18n/index.js';
import { fetchQueue, type QueuePage } from './api.js';

/** R-EXAM-2 / R-EXAM-3: the intake queue (submissions) or the work queue with filters, counts per status and paging. */
export function CaseQueuePage({ kind }: { kind: 'intake' | 'cases' }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'ja';
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState<QueuePage | null>(null);
  const [failed, setFailed] = useState(false);
  const search = params.toString();

  useEffect(() => {
    let live = true;
    void fetchQueue(kind, search ? `?${search}` : '').then((res) => {
      if (!live) return;
      setFailed(!res.ok);
      setPage(res.ok ? res.data : null);
    });
    return () => { live = false; };
  }, [kind, search]);

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next);
  };
  const goTo = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    setParams(next);
  };
  const current = Number(params.get('page') ?? '1');
  const pages = page ? Math.max(1, Math.ceil(Math.min(page.total, page.countCap) / page.pageSize)) : 1;
  const isCapped = page !== null && page.total > page.countCap;
  const hasNext = current < pages || (isCapped && page.items.length === page.pageSize);
  const shown = (n: number) => (page && n > page.countCap ? t('backOffice.queue.moreThan', { count: page.countCap }) : String(n));
  const isCases = page === null || page.kind === 'APPLICATION';

  return (
    <div className="flex flex-col gap-6">
      <PageTitle page={t(kind === 'intake' ? 'backOffice.queue.intakeTitle' : 'backOffice.queue.workTitle')} />
      <h1 className="text-std-28B-150">{t(kind === 'intake' ? 'backOffice.queue.intakeTitle' : 'backOffice.queue.workTitle')}</h1>
      <form className="flex flex-wrap gap-4" aria-label={t('backOffice.queue.filters')} onSubmit={(e) => e.preventDefault()}>
        {kind === 'cases' && page && Object.keys(page.kindCounts).length > 1 && (
          <label className="flex flex-col gap-1">
            {t('backOffice.queue.kind')}
            <select className="border p-2" value={page.kind} onChange={(e) => setParams(new URLSearchParams({ kind: e.target.value }))}>
              {QUEUE_KINDS.filter((k) => page.kindCounts[k] !== undefined).map((k) => (
                <option key={k} value={k}>{t('backOffice.queue.kindCount', { name: t(`backOffice.queue.kinds.${k}`), count: shown(page.kindCounts[k] ?? 0) })}</option>
              ))}
            </select>
          </label>
        )}
        {kind === 'cases' && isCases && (
          <label className="flex flex-col gap-1">
            {t('backOffice.queue.status')}
            <select className="border p-2" value={params.get('status') ?? ''} onChange={(e) => setFilter('status', e.target.value)}>
              <option value="">{t('backOffice.queue.open')}</option>
              <option value="ALL">{t('backOffice.queue.all')}</option>
              {CASE_STATUSES.map((s) => <option key={s} value={s}>{APPLICATION_STATE_NAMES[s][language]}</option>)}
            </select>
          </label>
        )}
        {isCases && <CaseFilters params={params} language={language} setFilter={setFilter} />}
      </form>
      {failed && <p role="alert">{t('backOffice.queue.loadFailed')}</p>}
      {page && !isCases && <ReviewTable page={page} language={language} shown={shown} />}
      {page && isCases && (
        <>
          <section aria-labelledby="counts-heading">
            <h2 id="counts-heading" className="text-std-20B-150">{t('backOffice.queue.counts')}</h2>
            <ul className="flex flex-wrap gap-4">
              {CASE_STATUSES.map((s) => <li key={s}>{APPLICATION_STATE_NAMES[s][language]}: {shown(page.counts[s] ?? 0)}</li>)}
            </ul>
          </section>
          <p role="status">{page.total > page.countCap ? t('backOffice.queue.totalMoreThan', { count: page.countCap }) : t('backOffice.queue.total', { count: page.total })}</p>
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col">{t('backOffice.queue.received')}</th>
                <th scope="col">{t('backOffice.queue.receptionNumber')}</th>
                <th scope="col">{t('backOffice.queue.applicant')}</th>
                <th scope="col">{t('backOffice.queue.status')}</th>
                <th scope="col">{t('backOffice.queue.holder')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((item) => (
                <tr key={item.id}>
                  <td>{item.submittedAt ? new Date(item.submittedAt).toLocaleString(language) : '—'}{item.isOverdue ? ` (${t('backOffice.queue.overdue')})` : ''}</td>
                  <td><Link className="dads-link" to={officerCasePath(item.id)}>{item.receptionNumber ?? t('backOffice.queue.noNumber')}</Link></td>
                  <td>{item.applicantName ?? '—'}</td>
                  <td>{APPLICATION_STATE_NAMES[item.status][language]}</td>
                  <td>{item.holder?.name ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {page && (
        <>
          <nav aria-label={t('backOffice.queue.paging')} className="flex gap-4">
            {current > 1 && <button type="button" className="dads-link" onClick={() => goTo(current - 1)}>{t('backOffice.queue.previous')}</button>}
            <span>{t('backOffice.queue.pageOf', { page: current, pages: isCapped ? `${Math.max(pages, current)}+` : pages })}</span>
            {hasNext && <button type="button" className="dads-link" onClick={() => goTo(current + 1)}>{t('backOffice.queue.next')}</button>}
          </nav>
        </>
      )}
    </div>
  );
}

/** The case filters (procedure, received dates, overdue): they apply to residence applications only. */
function CaseFilters({ params, language, setFilter }: { params: URLSearchParams; language: 'ja' | 'en'; setFilter: (name: string, value: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <label className="flex flex-col gap-1">
        {t('backOffice.queue.procedure')}
        <select className="border p-2" value={params.get('procedure') ?? ''} onChange={(e) => setFilter('procedure', e.target.value)}>
          <option value="">{t('backOffice.queue.any')}</option>
          {PROCEDURE_CODES.map((p) => <option key={p} value={p}>{language === 'ja' ? getProcedure(p).nameJa : getProcedure(p).nameEn}</option>)}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        {t('backOffice.queue.receivedFrom')}
        <input type="date" className="border p-2" value={params.get('receivedFrom') ?? ''} onChange={(e) => setFilter('receivedFrom', e.target.value)} />
      </label>
      <label className="flex flex-col gap-1">
        {t('backOffice.queue.receivedTo')}
        <input type="date" className="border p-2" value={params.get('receivedTo') ?? ''} onChange={(e) => setFilter('receivedTo', e.target.value)} />
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={params.get('overdue') === 'true'} onChange={(e) => setFilter('overdue', e.target.checked ? 'true' : '')} />
        {t('backOffice.queue.overdueOnly')}
      </label>
    </>
  );
}

/** R-EXAM-5: the bureau's usage applications or periodic reports; each row opens the reviewers' page at that item. */
function ReviewTable({ page, language, shown }: { page: QueuePage; language: 'ja' | 'en'; shown: (n: number) => string }) {
  const { t } = useTranslation();
  const anchor = (r: QueuePage['reviews'][number]) => `${WEB_PATHS.officerHome}#${r.kind === 'USAGE_APPLICATION' ? 'usage-application' : 'periodic-report'}-${r.id}`;
  return (
    <>
      <p role="status">{page.total > page.countCap ? t('backOffice.queue.totalMoreThan', { count: page.countCap }) : t('backOffice.queue.total', { count: page.total })}</p>
      <table className="w-full text-left">
        <caption className="sr-only">{t(`backOffice.queue.kinds.${page.kind}`)}（{shown(page.total)}）</caption>
        <thead>
          <tr>
            <th scope="col">{t('backOffice.queue.filed')}</th>
            <th scope="col">{t('backOffice.queue.organisation')}</th>
            <th scope="col">{t('backOffice.queue.reviewStatus')}</th>
            <th scope="col">{t('backOffice.queue.holder')}</th>
          </tr>
        </thead>
        <tbody>
          {page.reviews.map((r) => (
            <tr key={r.id}>
              <td>{new Date(r.filedAt).toLocaleString(language)}</td>
              <td><a className="dads-link" href={anchor(r)}>{r.organizationName}</a>{r.usageKind ? `（${t(`backOffice.queue.usageKind.${r.usageKind}`)}）` : ''}</td>
              <td>{r.status === 'MORE_INFORMATION_REQUESTED' ? t('usageApplication.status.MORE_INFORMATION_REQUESTED') : t('usageApplication.status.PENDING')}</td>
              <td>{r.holder?.name ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
