import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle.js';

export function PrecheckPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle page={t('precheck.title')} />
      <h1 className="text-std-32B-150 text-solid-gray-900 md:text-std-36B-140">{t('precheck.heading')}</h1>
      <p className="mt-4 max-w-200">{t('precheck.body')}</p>
    </>
  );
}
