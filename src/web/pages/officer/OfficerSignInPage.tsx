import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle.js';
import { WEB_PATHS } from '../../paths.js';
import { PageHeading } from '../sign-in/form-parts.js';
import { PasswordSignIn } from '../sign-in/PasswordSignIn.js';

/** The bureau back office: officers and administrators sign in with 認証ID, password and TOTP. */
export function OfficerSignInPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle page={t('officer.signIn.title')} />
      <PageHeading>{t('officer.signIn.heading')}</PageHeading>
      <p className="mt-4 max-w-200">{t('officer.signIn.lead')}</p>
      <PasswordSignIn afterSignIn={WEB_PATHS.officerHome} />
    </>
  );
}
