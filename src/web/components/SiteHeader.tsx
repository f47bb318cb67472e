import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WEB_PATHS } from '../paths.js';
import { LanguageSwitch } from './LanguageSwitch.js';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="border-b border-solid-gray-420 bg-white">
      <div className="mx-auto flex max-w-300 flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 md:px-8 md:py-4">
        <Link to={WEB_PATHS.home} className="flex min-h-11 items-center gap-3 rounded-4 text-solid-gray-900 no-underline hover:underline hover:underline-offset-[calc(3/16*1rem)]">
          <ServiceMark />
          <span className="text-std-17B-170 md:text-std-20B-150">{t('common.serviceName')}</span>
        </Link>
        <LanguageSwitch />
      </div>
    </header>
  );
}

function ServiceMark() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 32 32" className="size-8 shrink-0">
      <rect width="32" height="32" rx="6" className="fill-blue-900" />
      <circle cx="16" cy="16" r="7" className="fill-white" />
      <circle cx="16" cy="16" r="4" className="fill-red-800" />
    </svg>
  );
}
