import { useTranslation } from 'react-i18next';
import { WEB_PATHS } from '../../paths.js';
import { FirstPasswordPage } from '../sign-in/FirstPasswordPage.js';

/** From the approval email (R-AUTH-5): set the password; the 認証ID is then emailed. */
export function IntermediaryPasswordPage() {
  const { t } = useTranslation();
  return (
    <FirstPasswordPage
      endpoint="/api/v1/intermediaries/password"
      signInPath={WEB_PATHS.signIn}
      texts={{
        title: t('intermediary.password.title'),
        heading: t('intermediary.password.title'),
        invalid: t('intermediary.password.invalid'),
        label: t('intermediary.password.label'),
        hint: t('intermediary.password.hint'),
        submit: t('intermediary.password.submit'),
        done: t('intermediary.password.done'),
        toSignIn: t('intermediary.password.toSignIn'),
      }}
    />
  );
}
