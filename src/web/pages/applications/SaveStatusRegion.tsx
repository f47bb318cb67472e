import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/index.js';
import type { SaveStatus } from './autosave.js';
import { jstTime } from './format.js';

/** R-FORM-3: the visible saved state of the draft, announced politely as it changes. */
export function SaveStatusRegion({ status, language, onRetry, onSignIn }: { status: SaveStatus; language: Language; onRetry: () => void; onSignIn: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-11 flex-wrap items-center gap-x-3 gap-y-1">
      <p role="status" aria-live="polite" className={`text-std-16B-170 ${status.kind === 'failed' || status.kind === 'signedOut' ? 'text-error-2' : 'text-solid-gray-800'}`}>
        {statusText(status, language, t)}
      </p>
      {status.kind === 'failed' && <button type="button" className="dads-button-outline" onClick={onRetry}>{t('applications.save.retry')}</button>}
      {status.kind === 'signedOut' && <button type="button" className="dads-button-outline" onClick={onSignIn}>{t('applications.save.signIn')}</button>}
    </div>
  );
}

function statusText(status: SaveStatus, language: Language, t: ReturnType<typeof useTranslation>['t']): string {
  switch (status.kind) {
    case 'idle':
      return t('applications.save.idle');
    case 'pending':
    case 'saving':
      return t('applications.save.saving');
    case 'saved':
      return t('applications.save.saved', { time: jstTime(status.at, language) });
    case 'failed':
      return t('applications.save.failed');
    case 'signedOut':
      return t('applications.save.signedOut');
  }
}
