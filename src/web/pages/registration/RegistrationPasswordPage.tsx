import { useTranslation } from 'react-i18next';
import { WEB_PATHS } from '../../paths.js';
import { FirstPasswordPage } from '../sign-in/FirstPasswordPage.js';

/** From the approval email (R-AUTH-4): set the password; the 認証ID is then emailed. */
export function RegistrationPasswordPage() {
  const { t } = useTranslation();
  return (
    <FirstPasswordPage
      endpoint="/api/v1/registration/password"
      signInPath={WEB_PATHS.cardSignIn}
      texts={{
        title: t('individual.password.title'),
        heading: t('individual.password.heading'),
        invalid: t('individual.password.invalid'),
        label: t('individual.password.label'),
        hint: t('individual.password.hint'),
        submit: t('individual.password.submit'),
        done: t('individual.password.done'),
        toSignIn: t('individual.password.toSignIn'),
      }}
    />
  );
}
