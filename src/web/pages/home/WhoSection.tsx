import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section.js';

const INDIVIDUALS = ['foreignNational', 'legalRepresentative', 'relative'] as const;
const ORGANISATIONS = ['lawyer', 'acceptingOrganisation', 'supervisingOrganisation', 'supportOrganisation', 'publicInterestCorporation'] as const;

/** The actors of SPEC §1 who file (officers and verifiers are not users of this page). */
export function WhoSection() {
  const { t } = useTranslation();
  return (
    <Section id="who" heading={t('home.who.heading')}>
      <p>{t('home.who.intro')}</p>
      <div className="grid gap-6 md:grid-cols-2">
        <div className="rounded-12 border border-solid-gray-420 p-4 md:p-6">
          <h3 className="text-std-18B-160 text-solid-gray-900">{t('home.who.individualsHeading')}</h3>
          <ul className="mt-3 list-disc pl-6">
            {INDIVIDUALS.map((key) => (
              <li key={key}>{t(`home.who.${key}`)}</li>
            ))}
          </ul>
          <p className="mt-3 text-std-16N-170 text-solid-gray-700">{t('home.who.individualsNote')}</p>
        </div>
        <div className="rounded-12 border border-solid-gray-420 p-4 md:p-6">
          <h3 className="text-std-18B-160 text-solid-gray-900">{t('home.who.organisationsHeading')}</h3>
          <ul className="mt-3 list-disc pl-6">
            {ORGANISATIONS.map((key) => (
              <li key={key}>{t(`home.who.${key}`)}</li>
            ))}
          </ul>
          <p className="mt-3 text-std-16N-170 text-solid-gray-700">{t('home.who.organisationsNote')}</p>
        </div>
      </div>
    </Section>
  );
}
