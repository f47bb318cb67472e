import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CONTROL_CLASS, FormField } from '../../components/FormField.js';
import { PageTitle } from '../../components/PageTitle.js';
import { currentLanguage, type Language } from '../../i18n/index.js';
import { BUREAU_CODES, getOffice } from '../../../domain/reference/bureaus.js';
import { MAIN_PROCEDURE_CODES, getProcedure } from '../../../domain/reference/procedures.js';
import { ProcessingTimesQuery, type ProcessingTimesGroup, type ProcessingTimesReport } from '../../../domain/statistics/report.js';
import { ProcessingTimesTable } from './ProcessingTimesTable.js';
import { fetchProcessingTimes, type ReportResult } from './statistics-api.js';

type State = { kind: 'loading' } | ReportResult;

const SELECT_CLASS = `${CONTROL_CLASS} sm:w-auto sm:min-w-80 sm:max-w-full sm:self-start`;

/** The filters in the address (shareable); a value that is not a code is ignored. */
function queryOf(params: URLSearchParams): ProcessingTimesQuery {
  const bureau = ProcessingTimesQuery.shape.bureau.safeParse(params.get('bureau') ?? undefined);
  const procedure = ProcessingTimesQuery.shape.procedure.safeParse(params.get('procedure') ?? undefined);
  return { bureau: bureau.success ? bureau.data : undefined, procedure: procedure.success ? procedure.data : undefined };
}

function formatDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** R-CASE-2: how long decisions took per bureau, procedure and status of residence, for anyone. */
export function StatisticsPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    fetchProcessingTimes({ bureau: query.bureau, procedure: query.procedure }, controller.signal).then(setState, () => undefined);
    return () => controller.abort();
  }, [query.bureau, query.procedure]);

  const choose = (key: keyof ProcessingTimesQuery, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageTitle page={t('statistics.title')} />
      <h1 className="text-std-32B-150 text-solid-gray-900 md:text-std-36B-140">{t('statistics.heading')}</h1>
      <div className="mt-4 flex max-w-200 flex-col gap-3">
        <p>{t('statistics.intro')}</p>
        <ul className="ml-6 list-disc">
          <li>{t('statistics.medianExplained')}</li>
          <li>{t('statistics.p80Explained')}</li>
        </ul>
        {state.kind === 'report' && <Basis report={state.report} language={language} />}
      </div>
      <form className="mt-8 flex flex-col gap-6 sm:flex-row sm:flex-wrap" onSubmit={(event) => event.preventDefault()} aria-label={t('statistics.filters')}>
        <FormField id="statistics-bureau" label={t('statistics.bureauLabel')} hint={t('statistics.bureauHint')}>
          {(control) => (
            <select {...control} value={query.bureau ?? ''} onChange={(event) => choose('bureau', event.target.value)} className={SELECT_CLASS}>
              <option value="">{t('statistics.all')}</option>
              {BUREAU_CODES.map((code) => <option key={code} value={code}>{nameOf(getOffice(code), language)}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="statistics-procedure" label={t('statistics.procedureLabel')}>
          {(control) => (
            <select {...control} value={query.procedure ?? ''} onChange={(event) => choose('procedure', event.target.value)} className={SELECT_CLASS}>
              <option value="">{t('statistics.all')}</option>
              {MAIN_PROCEDURE_CODES.map((code) => <option key={code} value={code}>{nameOf(getProcedure(code), language)}</option>)}
            </select>
          )}
        </FormField>
      </form>
      {/* Announces loading and how much is shown without moving focus. */}
      <div role="status" className="mt-8">
        <ResultStatus state={state} />
      </div>
      {state.kind === 'report' && <Groups groups={state.report.groups} />}
    </>
  );
}

function nameOf(item: { nameJa: string; nameEn: string }, language: Language): string {
  return language === 'ja' ? item.nameJa : item.nameEn;
}

function Basis({ report, language }: { report: ProcessingTimesReport; language: Language }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('statistics.basis', { from: formatDate(report.window.from, language), to: formatDate(report.window.to, language), days: report.windowDays })}</p>
      <p>{t('statistics.minimum', { number: report.minimumCases })}</p>
    </>
  );
}

function ResultStatus({ state }: { state: State }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'loading':
      return <p>{t('statistics.loading')}</p>;
    case 'error':
      return <p className="rounded-8 border border-error-1 p-4 text-error-2">{t('statistics.error')}</p>;
    case 'report':
      return <p>{state.report.groups.length === 0 ? t('statistics.empty') : t('statistics.shown', { number: state.report.groups.length })}</p>;
  }
}

/** One section per bureau, one table per procedure. */
function Groups({ groups }: { groups: readonly ProcessingTimesGroup[] }) {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const bureaus = BUREAU_CODES.filter((code) => groups.some((g) => g.bureau === code));
  return (
    <div className="flex flex-col gap-10">
      {bureaus.map((bureau) => (
        <section key={bureau} aria-labelledby={`statistics-${bureau}`} className="mt-6 flex flex-col gap-6">
          <h2 id={`statistics-${bureau}`} className="text-std-24B-150 text-solid-gray-900">{nameOf(getOffice(bureau), language)}</h2>
          {groups.filter((g) => g.bureau === bureau).map((group) => <ProcessingTimesTable key={group.procedure} group={group} />)}
        </section>
      ))}
    </div>
  );
}
