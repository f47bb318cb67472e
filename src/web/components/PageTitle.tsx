import { useTranslation } from 'react-i18next';

/** React 19 hoists <title> into <head>; every page names itself first, then the service. */
export function PageTitle({ page }: { page: string }) {
  const { t } = useTranslation();
  return <title>{t('common.pageTitle', { page })}</title>;
}
