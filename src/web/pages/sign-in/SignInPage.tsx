import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle.js';
import { WEB_PATHS } from '../../paths.js';
import { PageHeading } from './form-parts.js';
import { PasswordSignIn } from './PasswordSignIn.js';

/** 「法人、弁護士・行政書士」: organisation staff and intermediaries sign in with 認証ID, password and TOTP. */
export function SignInPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle page={t('auth.signIn.title')} />
      <PageHeading>{t('auth.signIn.heading')}</PageHeading>
      <p className="mt-4 max-w-200">{t('auth.signIn.lead')}</p>
      <PasswordSignIn afterSignIn={WEB_PATHS.account} />
      <p className="mt-6"><Link className="dads-link" to={WEB_PATHS.intermediaryRegister}>{t('intermediary.register.link')}</Link></p>
      <p className="mt-2"><Link className="dads-link" to={WEB_PATHS.usageApplication}>{t('usageApplication.form.link')}</Link></p>
    </>
  );
}
