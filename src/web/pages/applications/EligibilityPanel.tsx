import { useTranslation } from 'react-i18next';
import type { EligibilityNote, EligibilityReason, EligibilityResult } from '../../../domain/eligibility/index.js';
import { getProcedure } from '../../../domain/reference/index.js';
import type { Language } from '../../i18n/index.js';

/**
 * Step 1's live answer (R-FORM-1, R-ELIG-*): the same checkFiling as the server, run in the browser on every
 * change, with each reason and note in the page's language. A polite live region, so the change is heard.
 */
export function EligibilityPanel({ result, language, headingLevel = 2 }: { result: EligibilityResult | undefined; language: Language; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="eligibility-heading" className="flex min-w-0 flex-col gap-4 rounded-12 border border-solid-gray-420 p-4 md:p-6">
      <Heading id="eligibility-heading" className="text-std-20B-150 text-solid-gray-900">{t('applications.eligibility.heading')}</Heading>
      <div aria-live="polite" className="flex flex-col gap-4">
        {result === undefined ? (
          <p className="rounded-8 bg-solid-gray-50 p-4">{t('applications.eligibility.incomplete')}</p>
        ) : (
          <>
            <p className={`rounded-8 border-l-8 p-4 text-std-18B-160 ${result.allowed ? 'border-success-1 bg-green-50' : 'border-error-1 bg-red-50'}`}>
              {result.allowed ? t('applications.eligibility.allowed') : t('applications.eligibility.refused')}
            </p>
            {result.reasons.length > 0 && (
              <ol aria-label={t('applications.eligibility.reasons')} className="flex flex-col gap-3">
                {result.reasons.map((reason, index) => (
                  <Finding key={`${reason.code}-${index}`} finding={reason} title={t(`precheck.answer.reasons.${reason.code}`)} language={language} tone="reason" />
                ))}
              </ol>
            )}
            {result.notes.length > 0 && (
              <ul aria-label={t('applications.eligibility.notes')} className="flex flex-col gap-3">
                {result.notes.map((note, index) => (
                  <Finding key={`${note.code}-${index}`} finding={note} title={t(`precheck.answer.notes.${note.code}`)} language={language} tone="note" />
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}

function Finding({ finding, title, language, tone }: { finding: EligibilityReason | EligibilityNote; title: string; language: Language; tone: 'reason' | 'note' }) {
  const { t } = useTranslation();
  const procedure = finding.procedure ? getProcedure(finding.procedure) : undefined;
  return (
    <li className={`rounded-8 border p-4 ${tone === 'reason' ? 'border-error-1' : 'border-solid-gray-420 bg-yellow-50'}`}>
      <p className="text-std-17B-170 text-solid-gray-900">{title}</p>
      <p className="mt-1">{finding.message[language]}</p>
      {procedure && <p className="mt-1 text-std-16N-170 text-solid-gray-700">{t('precheck.answer.concerns', { name: language === 'ja' ? procedure.nameJa : procedure.nameEn })}</p>}
    </li>
  );
}
