import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle.js';
import { WEB_PATHS } from '../../paths.js';

/** The server answers unknown page paths with a 404 status and this app, which renders this page. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle page={t('notFound.title')} />
      <h1 className="text-std-32B-150 text-solid-gray-900 md:text-std-36B-140">{t('notFound.heading')}</h1>
      <p className="mt-4 max-w-200">{t('notFound.body')}</p>
      <p className="mt-6">
        <Link to={WEB_PATHS.home} className="dads-link">
          {t('common.homeLink')}
        </Link>
      </p>
    </>
  );
}
