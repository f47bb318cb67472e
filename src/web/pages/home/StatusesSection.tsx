import { useTranslation } from 'react-i18next';
import type { StatusOfResidence } from '../../../domain/reference/index.js';
import { Section } from '../../components/Section.js';
import { currentLanguage, type Language } from '../../i18n/index.js';
import { offlineStatuses, onlineStatuses } from './home-data.js';

export function StatusesSection() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const online = onlineStatuses();
  return (
    <Section id="statuses" heading={t('home.statuses.heading')}>
      <p>{t('home.statuses.intro', { number: online.length })}</p>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {online.map((status) => (
          <StatusItem key={status.code} status={status} language={language} />
        ))}
      </ul>
      <div className="rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4 md:p-6">
        <h3 className="text-std-18B-160 text-solid-gray-900">{t('home.statuses.notOnlineHeading')}</h3>
        <p className="mt-2">{t('home.statuses.notOnlineIntro')}</p>
        <ul className="mt-2 list-disc pl-6">
          {offlineStatuses().map((status) => (
            <li key={status.code}>{language === 'ja' ? status.nameJa : status.nameEn}</li>
          ))}
          <li>{t('home.statuses.departurePreparation')}</li>
        </ul>
        <p className="mt-3">{t('home.statuses.permanentResidence')}</p>
      </div>
    </Section>
  );
}

function StatusItem({ status, language }: { status: StatusOfResidence; language: Language }) {
  const [name, otherName, otherLanguage] = language === 'ja' ? [status.nameJa, status.nameEn, 'en'] : [status.nameEn, status.nameJa, 'ja'];
  return (
    <li className="rounded-8 border border-solid-gray-420 px-4 py-3">
      <span className="block font-bold text-solid-gray-900">{name}</span>
      <span lang={otherLanguage} className="block text-std-16N-170 text-solid-gray-700">{otherName}</span>
      {status.note && <span className="mt-1 block text-std-16N-170 text-solid-gray-800">{status.note[language]}</span>}
    </li>
  );
}
