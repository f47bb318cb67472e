import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle.js';
import { WEB_PATHS } from '../../paths.js';
import { ImprovementsSection } from './ImprovementsSection.js';
import { ProceduresSection } from './ProceduresSection.js';
import { SignInSection } from './SignInSection.js';
import { StatusesSection } from './StatusesSection.js';
import { WhoSection } from './WhoSection.js';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle page={t('home.title')} />
      <div className="max-w-200">
        <h1 className="text-std-32B-150 text-solid-gray-900 md:text-std-45B-140">{t('home.heading')}</h1>
        <p className="mt-4 text-std-17N-170 md:text-std-18N-160">{t('home.lead')}</p>
        <PrecheckCallToAction />
      </div>
      <WhoSection />
      <SignInSection />
      <ProceduresSection />
      <StatusesSection />
      <ImprovementsSection />
      <div className="mt-12 md:mt-16">
        <PrecheckCallToAction />
      </div>
    </>
  );
}

function PrecheckCallToAction() {
  const { t } = useTranslation();
  return (
    <div className="mt-6 flex flex-col items-start gap-2">
      <Link to={WEB_PATHS.precheck} className="dads-button-primary">
        {t('home.precheckLink')}
      </Link>
      <p className="text-std-16N-170 text-solid-gray-700">{t('home.precheckHint')}</p>
    </div>
  );
}
