import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PROCEDURE_CODES, getProcedure, type ProcedureCode } from '../../../domain/reference/index.js';
import type { Language } from '../../i18n/index.js';
import { applicationPath } from '../../paths.js';
import { refusalText } from './DocumentsSection.js';
import { formatDateTime } from './format.js';
import { applicationUrl, http } from './http.js';
import { stateName } from './status-names.js';
import type { ApplicationSummary } from './view-types.js';

const isProcedure = (code: string): code is ProcedureCode => (PROCEDURE_CODES as readonly string[]).includes(code);

/** One row of 申請情報一覧: what it is, its state, and what can be done with it. */
export function ApplicationCard({ item, language, onChanged }: { item: ApplicationSummary; language: Language; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const [error, setError] = useState<string>();
  const isDraft = item.state === 'DRAFT';
  const procedures = item.procedures.filter(isProcedure).map((code) => {
    const p = getProcedure(code);
    return language === 'en' ? p.nameEn : p.nameJa;
  });
  const title = procedures.length > 0 ? procedures.join(language === 'en' ? ', ' : '・') : t('applications.list.noProcedure');
  const remove = async () => {
    if (!window.confirm(t('applications.list.confirmDelete'))) return;
    const result = await http('DELETE', applicationUrl(item.id));
    if (!result.ok) return setError(refusalText(result.error, language));
    await onChanged();
  };
  return (
    <article aria-labelledby={`${id}-title`} className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4 md:p-6">
      <h3 id={`${id}-title`} className="text-std-20B-150 text-solid-gray-900">{title}</h3>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)]">
        <dt className="text-std-16B-170">{t('applications.list.applicant')}</dt>
        <dd>{item.applicantName ?? t('applications.list.notEntered')}</dd>
        <dt className="text-std-16B-170">{t('applications.list.state')}</dt>
        <dd>{stateName(item.state, language)}</dd>
        {item.receptionNumber && (
          <>
            <dt className="text-std-16B-170">{t('applications.submitted.receptionNumber')}</dt>
            <dd>{item.receptionNumber}</dd>
          </>
        )}
        <dt className="text-std-16B-170">{isDraft ? t('applications.list.savedAt') : t('applications.submitted.submittedAt')}</dt>
        <dd>{formatDateTime(isDraft ? item.savedAt : (item.submittedAt ?? item.savedAt), language)}</dd>
      </dl>
      <div className="flex flex-wrap items-center gap-4">
        <Link className="dads-button-outline" to={applicationPath(item.id)} aria-describedby={`${id}-title`}>{isDraft ? t('applications.list.edit') : t('applications.list.view')}</Link>
        {isDraft && <Link className="dads-button-primary" to={`${applicationPath(item.id)}?step=submit`} aria-describedby={`${id}-title`}>{t('applications.submit.button')}</Link>}
        {/* R-EXAM-2: a returned application leads to its status page, where the reasons are read before correcting. */}
        {item.state === 'RETURNED' && <Link className="dads-button-primary" to={applicationPath(item.id)} aria-describedby={`${id}-title`}>{t('applications.resubmit.start')}</Link>}
        <a className="dads-link" href={applicationUrl(item.id, '/export')} download aria-describedby={`${id}-title`}>{t('applications.list.export')}</a>
        {isDraft && <button type="button" className="dads-button-outline" aria-describedby={`${id}-title`} onClick={() => void remove()}>{t('applications.list.delete')}</button>}
      </div>
      {error && <p role="alert" className="text-std-16B-170 text-error-2">{error}</p>}
    </article>
  );
}
