import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../components/PageTitle.js';
import { WEB_PATHS } from '../../paths.js';
import { PageHeading } from '../sign-in/form-parts.js';
import { CardSignInForm } from './CardSignInForm.js';

/** 外国人本人・その他 (R-AUTH-6): the card (PIN) + 認証ID + password. */
export function CardSignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();

  return (
    <>
      <PageTitle page={t('individual.signIn.title')} />
      <PageHeading>{t('individual.signIn.heading')}</PageHeading>
      <p className="mt-4 max-w-200">{t('individual.signIn.lead')}</p>
      <CardSignInForm onSignedIn={() => navigate(WEB_PATHS.account)}>
        <ul className="flex flex-col gap-2">
          <li><Link className="dads-link" to={WEB_PATHS.register}>{t('individual.signIn.toRegister')}</Link></li>
          <li><Link className="dads-link" to={WEB_PATHS.forgotPassword}>{t('auth.signIn.forgotPassword')}</Link></li>
          <li><Link className="dads-link" to={WEB_PATHS.forgotAuthId}>{t('auth.signIn.forgotAuthId')}</Link></li>
          <li><Link className="dads-link" to={WEB_PATHS.signIn}>{t('individual.signIn.toOrganisation')}</Link></li>
        </ul>
      </CardSignInForm>
    </>
  );
}
