import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/index.js';
import { formatDateTime } from './format.js';
import type { Timeline } from './view-types.js';

/** R-CASE-2: every action so far that concerns the filer, oldest first, with who did it; then what happens next. */
export function TimelineSection({ timeline, language }: { timeline: Timeline | undefined; language: Language }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="timeline-heading" className="flex flex-col gap-4">
      <h2 id="timeline-heading" className="text-std-24B-150">{t('applications.timeline.heading')}</h2>
      {!timeline ? <p role="status">{t('applications.timeline.loading')}</p> : (
        <>
          <ol className="flex flex-col border-l-4 border-blue-200 pl-4">
            {timeline.entries.map((entry, index) => (
              <li key={`${entry.action}-${entry.at}-${index}`} className="pb-4">
                <p className="text-std-16B-170">{entry.label[language]}</p>
                <p className="text-std-16N-170 text-solid-gray-700">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                  {' · '}
                  {entry.actor[language]}
                </p>
                {entry.note && <p className="mt-1 text-std-16N-170">{entry.note}</p>}
              </li>
            ))}
          </ol>
          <div className="rounded-8 bg-solid-gray-50 p-4">
            <h3 className="text-std-17B-170">{t('applications.timeline.nextHeading')}</h3>
            <p className="mt-1">{timeline.next[language]}</p>
          </div>
        </>
      )}
    </section>
  );
}
