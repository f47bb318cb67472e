import { useTranslation } from 'react-i18next';
import { WEB_PATHS } from '../../paths.js';
import { FirstPasswordPage } from '../sign-in/FirstPasswordPage.js';

/** From the approval email (R-ORG-2): set the password; the 認証ID is then emailed. */
export function OrgStaffPasswordPage() {
  const { t } = useTranslation();
  return (
    <FirstPasswordPage
      endpoint="/api/v1/usage-applications/staff-password"
      signInPath={WEB_PATHS.signIn}
      texts={{
        title: t('usageApplication.password.title'),
        heading: t('usageApplication.password.title'),
        invalid: t('usageApplication.password.invalid'),
        label: t('usageApplication.password.label'),
        hint: t('usageApplication.password.hint'),
        submit: t('usageApplication.password.submit'),
        done: t('usageApplication.password.done'),
        toSignIn: t('usageApplication.password.toSignIn'),
      }}
    />
  );
}
