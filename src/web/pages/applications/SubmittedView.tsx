import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReviewAnswers } from '../../components/form-renderer/ReviewAnswers.js';
import { currentLanguage } from '../../i18n/index.js';
import { PhotoPreview } from './AttachmentsStep.js';
import { formatBytes, formatDateTime } from './format.js';
import { buildFormModel } from './form-model.js';
import { formText } from './form-text.js';
import { applicationUrl, http } from './http.js';
import { stateName } from './status-names.js';
import { DocumentRequestsPanel } from './document-requests/DocumentRequestsPanel.js';
import { ReturnNotice } from './ReturnNotice.js';
import { TimelineSection } from './TimelineSection.js';
import type { ApplicationView, Timeline } from './view-types.js';
import { WithdrawForm } from './WithdrawForm.js';

/**
 * After submission (R-SUB-3, R-SUB-4, R-CASE-1, R-CASE-2): read-only. A return for correction with its reasons
 * and the way into the correction (R-EXAM-2), the status in the users' vocabulary, the reception number once the bureau has accepted, the bureau's requests for documents and the messages (R-CASE-3,
 * R-CASE-4), the timeline, everything submitted (also as a PDF), and withdrawal.
 */
export function SubmittedView({ view, onChanged }: { view: ApplicationView; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [timeline, setTimeline] = useState<Timeline>();
  useEffect(() => {
    void http<Timeline>('GET', applicationUrl(view.id, '/timeline')).then((r) => r.ok && setTimeline(r.data));
  }, [view.id, view.state]);
  const model = useMemo(() => buildFormModel(view.answers, view.filer, view.organizationRequestOnFile, new Date(view.submittedAt ?? Date.now())), [view]);

  return (
    <div className="flex flex-col gap-10">
      {view.returned && view.allowedActions.includes('RESUBMIT') && (
        <ReturnNotice returned={view.returned} language={language} correctHref={`?step=${encodeURIComponent(model.pages[0]?.page.id ?? 'submit')}`} />
      )}
      <section aria-labelledby="status-heading" className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4 md:p-6">
        <h2 id="status-heading" className="text-std-24B-150">{t('applications.submitted.statusHeading')}</h2>
        <dl className="grid gap-x-6 gap-y-2 md:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
          <dt className="text-std-16B-170">{t('applications.submitted.status')}</dt>
          <dd className="text-std-18B-160">{stateName(view.state, language)}</dd>
          <dt className="text-std-16B-170">{t('applications.submitted.receptionNumber')}</dt>
          <dd>{view.receptionNumber ?? t('applications.submitted.receptionPending')}</dd>
          {view.submittedAt && (
            <>
              <dt className="text-std-16B-170">{t('applications.submitted.submittedAt')}</dt>
              <dd>{formatDateTime(view.submittedAt, language)}</dd>
            </>
          )}
        </dl>
        <p><a className="dads-link" href={applicationUrl(view.id, '/pdf')} download>{t('applications.submitted.pdf')}</a></p>
      </section>
      <DocumentRequestsPanel applicationId={view.id} onChanged={() => void onChanged()} />
      <TimelineSection timeline={timeline} language={language} />
      <section aria-labelledby="submitted-answers-heading" className="flex flex-col gap-4">
        <h2 id="submitted-answers-heading" className="text-std-24B-150">{t('applications.submitted.answersHeading')}</h2>
        <ReviewAnswers pages={model.pages} answers={model.answers} text={(key) => formText(key, language)} language={language} />
      </section>
      <section aria-labelledby="submitted-files-heading" className="flex flex-col gap-3">
        <h2 id="submitted-files-heading" className="text-std-24B-150">{t('applications.submitted.filesHeading')}</h2>
        <PhotoPreview view={view} />
        <ul className="flex flex-col gap-2">
          {view.checklist.map((item) => {
            const files = view.attachments.filter((a) => a.documentCode === item.code);
            return (
              <li key={item.code}>
                <span className="font-bold">{item.name[language]}</span>
                {files.length === 0 ? <span className="ml-2 text-solid-gray-700">{t('applications.documents.notReceived')}</span> : (
                  <ul className="ml-6 list-disc">
                    {files.map((file, index) => (
                      <li key={file.id}>
                        <a className="dads-link" href={applicationUrl(view.id, `/attachments/${encodeURIComponent(file.id)}`)}>{file.fileName ?? t('applications.documents.fileNumber', { number: index + 1 })}</a>
                        <span className="ml-2 text-solid-gray-700">{formatBytes(file.sizeBytes, language)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      {view.allowedActions.includes('WITHDRAW') && <WithdrawForm view={view} onWithdrawn={onChanged} />}
    </div>
  );
}
