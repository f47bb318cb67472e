import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { startOfJstDay } from '../../../domain/calendar/jst.js';
import type { EligibilityNote, EligibilityReason, EligibilityResult } from '../../../domain/eligibility/index.js';
import { getProcedure } from '../../../domain/reference/index.js';
import { currentLanguage, type Language } from '../../i18n/index.js';

export const ANSWER_HEADING_ID = 'precheck-answer-heading';

function formatDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(startOfJstDay(date));
}

/**
 * The answer, updated as the answers change (R-ELIG-10): allowed or not, every reason and note in the current
 * language, each saying what to do instead. The verdict is a polite live region, so screen readers hear it too.
 */
export const AnswerPanel = forwardRef<HTMLElement, { result: EligibilityResult | undefined; missing: number; filingDate: string }>(
  function AnswerPanel({ result, missing, filingDate }, ref) {
    const { t, i18n } = useTranslation();
    const language = currentLanguage(i18n.resolvedLanguage);
    return (
      <section ref={ref} tabIndex={-1} aria-labelledby={ANSWER_HEADING_ID} className="flex min-w-0 flex-col gap-4 rounded-12 border border-solid-gray-420 p-4 md:p-6">
        <h2 id={ANSWER_HEADING_ID} className="text-std-24B-150 text-solid-gray-900">{t('precheck.answer.heading')}</h2>
        <div aria-live="polite" className="flex flex-col gap-4">
          {result === undefined ? (
            <div className="rounded-8 bg-solid-gray-50 p-4">
              <p>{t('precheck.answer.incomplete')}</p>
              {missing > 0 && <p className="mt-1 text-solid-gray-700">{t('precheck.answer.missing', { number: missing })}</p>}
            </div>
          ) : (
            <Verdict result={result} language={language} date={formatDate(filingDate, language)} />
          )}
        </div>
        <p className="text-std-16N-170 text-solid-gray-700">{t('precheck.answer.disclaimer')}</p>
      </section>
    );
  },
);

function Verdict({ result, language, date }: { result: EligibilityResult; language: Language; date: string }) {
  const { t } = useTranslation();
  return (
    <>
      <div className={`flex gap-3 rounded-8 border-l-8 p-4 ${result.allowed ? 'border-success-1 bg-green-50' : 'border-error-1 bg-red-50'}`}>
        {result.allowed ? <AllowedIcon /> : <RefusedIcon />}
        <div className="min-w-0">
          <p className="text-std-20B-150 text-solid-gray-900 [word-break:auto-phrase]">{result.allowed ? t('precheck.answer.allowed') : t('precheck.answer.refused')}</p>
          <p className="text-std-16N-170 text-solid-gray-800">{t('precheck.answer.forDate', { date })}</p>
        </div>
      </div>
      {result.reasons.length > 0 && (
        <div>
          <h3 className="text-std-18B-160 text-solid-gray-900">{t('precheck.answer.reasonsHeading', { number: result.reasons.length })}</h3>
          <ol className="mt-2 flex flex-col gap-3">
            {result.reasons.map((reason, index) => (
              <Finding key={`${reason.code}-${reason.procedure ?? ''}-${index}`} finding={reason} title={t(`precheck.answer.reasons.${reason.code}`)} language={language} tone="reason" />
            ))}
          </ol>
        </div>
      )}
      {result.notes.length > 0 && (
        <div>
          <h3 className="text-std-18B-160 text-solid-gray-900">{t('precheck.answer.notesHeading')}</h3>
          <ul className="mt-2 flex flex-col gap-3">
            {result.notes.map((note, index) => (
              <Finding key={`${note.code}-${index}`} finding={note} title={t(`precheck.answer.notes.${note.code}`)} language={language} tone="note" />
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function Finding({ finding, title, language, tone }: { finding: EligibilityReason | EligibilityNote; title: string; language: Language; tone: 'reason' | 'note' }) {
  const { t } = useTranslation();
  const procedure = finding.procedure ? getProcedure(finding.procedure) : undefined;
  return (
    <li className={`rounded-8 border p-4 ${tone === 'reason' ? 'border-error-1' : 'border-solid-gray-420 bg-yellow-50'}`}>
      <p className="text-std-17B-170 text-solid-gray-900 [word-break:auto-phrase]">{title}</p>
      <p className="mt-1">{finding.message[language]}</p>
      {procedure && (
        <p className="mt-1 text-std-16N-170 text-solid-gray-700">
          {t('precheck.answer.concerns', { name: language === 'ja' ? procedure.nameJa : procedure.nameEn })}
        </p>
      )}
    </li>
  );
}

function AllowedIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="mt-0.5 size-7 shrink-0 fill-success-2">
      <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.2 14.2-4.3-4.3 1.4-1.4 2.9 2.9 5.9-5.9 1.4 1.4-7.3 7.3Z" />
    </svg>
  );
}

function RefusedIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="mt-0.5 size-7 shrink-0 fill-error-2">
      <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm4.2 12.8-1.4 1.4L12 13.4l-2.8 2.8-1.4-1.4 2.8-2.8-2.8-2.8 1.4-1.4 2.8 2.8 2.8-2.8 1.4 1.4-2.8 2.8 2.8 2.8Z" />
    </svg>
  );
}
