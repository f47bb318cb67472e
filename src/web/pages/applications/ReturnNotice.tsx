import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../i18n/index.js';
import { formatDateTime } from './format.js';
import type { ApplicationView } from './view-types.js';

/**
 * R-EXAM-2 差戻し: the bureau's reasons, on the status page (with the way into the correction) and above the form
 * while the filer corrects it.
 */
export function ReturnNotice({ returned, language, correctHref }: {
  returned: NonNullable<ApplicationView['returned']>;
  language: Language;
  /** On the status page: where "Correct and resubmit" opens the form; absent while correcting. */
  correctHref?: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="return-reasons-heading" className="flex flex-col gap-3 rounded-12 border-2 border-error-1 bg-red-50 p-4 md:p-6">
      <h2 id="return-reasons-heading" className="text-std-24B-150">{t('applications.resubmit.heading')}</h2>
      <p>{correctHref ? t('applications.resubmit.lead', { at: formatDateTime(returned.at, language) }) : t('applications.resubmit.banner')}</p>
      <ul className="flex list-disc flex-col gap-1 pl-6">
        {returned.reasons.map((reason, index) => <li key={`${index}-${reason}`} className="text-std-16B-170">{reason}</li>)}
      </ul>
      {correctHref && (
        <p><Link className="dads-button-primary inline-flex" to={correctHref}>{t('applications.resubmit.start')}</Link></p>
      )}
    </section>
  );
}
