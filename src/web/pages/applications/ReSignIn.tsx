import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PasswordSignIn } from '../sign-in/PasswordSignIn.js';
import { CardSignInForm } from '../registration/CardSignInForm.js';
import { isSignedIn, rememberedMethod, rememberSignInMethod, type SignInMethod } from './session-method.js';
import { RESIGNIN_HEADING_ID } from './step-ids.js';

/**
 * R-FORM-3 / R-AUTH-8: after a timeout, sign in again on this page. The form stays where it is (its unsaved
 * answers in memory and sessionStorage); once signed in, `onSignedIn` sends them.
 */
export function ReSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const [method, setMethod] = useState<SignInMethod>(() => rememberedMethod() ?? 'PASSWORD');
  const returnTo = `${location.pathname}${location.search}`;

  // The password sign-in ends by navigating to `returnTo` (this page): check the session on every navigation.
  useEffect(() => {
    void isSignedIn().then((session) => {
      if (!session) return;
      rememberSignInMethod(session.account.kind);
      onSignedIn();
    });
  }, [location.key, onSignedIn]);

  // Shown because the session ended: take keyboard and screen-reader users straight to it.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby={RESIGNIN_HEADING_ID} className="rounded-12 border-2 border-error-1 bg-white p-4 md:p-6">
      <h2 id={RESIGNIN_HEADING_ID} ref={heading} tabIndex={-1} className="text-std-20B-150 text-error-2">{t('applications.session.heading')}</h2>
      <p className="mt-2">{t('applications.session.body')}</p>
      <div className="mt-4 flex flex-wrap gap-2" role="group" aria-label={t('applications.session.method')}>
        {(['CARD', 'PASSWORD'] as const).map((m) => (
          <button key={m} type="button" aria-pressed={method === m} onClick={() => setMethod(m)}
            className={method === m ? 'dads-button-primary' : 'dads-button-outline'}>
            {t(`applications.session.methods.${m}`)}
          </button>
        ))}
      </div>
      {method === 'PASSWORD' ? <PasswordSignIn afterSignIn={returnTo} /> : <CardSignInForm onSignedIn={onSignedIn} />}
    </section>
  );
}
