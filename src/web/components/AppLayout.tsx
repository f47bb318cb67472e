import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { SessionTimeoutWarning } from '../pages/account/SessionTimeoutWarning.js';
import { SiteFooter } from './SiteFooter.js';
import { SiteHeader } from './SiteHeader.js';

export const MAIN_ID = 'main';

export function AppLayout() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);

  // After an in-app navigation, start screen readers and keyboard users at the new content, as a page load would.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    window.scrollTo(0, 0);
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href={`#${MAIN_ID}`}
        className="absolute left-2 top-2 z-10 -translate-y-24 rounded-8 bg-white px-4 py-3 text-oln-16B-100 text-blue-1000 underline focus:translate-y-0"
      >
        {t('common.skipLink')}
      </a>
      <SiteHeader />
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="mx-auto w-full max-w-300 flex-1 px-4 pt-8 md:px-8 md:pt-12">
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
      <SessionTimeoutWarning />
    </div>
  );
}
