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
        {t(STATUS_KEYS[status.kind], { time: status.kind === 'saved' ? jstTime(status.at, language) : '' })}
      </p>
      {status.kind === 'failed' && <button type="button" className="dads-button-outline" onClick={onRetry}>{t('applications.save.retry')}</button>}
      {status.kind === 'signedOut' && <button type="button" className="dads-button-outline" onClick={onSignIn}>{t('applications.save.signIn')}</button>}
    </div>
  );
}

// The narrow type of `t` keeps the compiler from expanding every message key here (TS2589 once the keys grew past ~800).
const STATUS_KEYS = {
  idle: 'applications.save.idle',
  pending: 'applications.save.saving',
  saving: 'applications.save.saving',
  saved: 'applications.save.saved',
  failed: 'applications.save.failed',
  signedOut: 'applications.save.signedOut',
} as const satisfies Record<SaveStatus['kind'], string>;
