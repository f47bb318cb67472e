import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WEB_PATHS } from '../paths.js';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="mt-16 border-t border-solid-gray-420 bg-solid-gray-50">
      <div className="mx-auto flex max-w-300 flex-col gap-3 px-4 py-8 md:px-8">
        <p className="text-std-17B-170 text-solid-gray-900">{t('common.productName')}</p>
        <p className="text-std-16N-170">{t('footer.about')}</p>
        <p className="text-std-16N-170">{t('footer.japanOnly')}</p>
        <p>
          <Link to={WEB_PATHS.statistics} className="dads-link">{t('statistics.footerLink')}</Link>
        </p>
        <div>
          {/* A server page, not an app route: a plain link. */}
          <a href="/api/docs" className="dads-link">{t('footer.apiDocs')}</a>
          <p className="text-std-16N-170 text-solid-gray-700">{t('footer.apiDocsNote')}</p>
        </div>
      </div>
    </footer>
  );
}
