import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { WEB_PATHS } from '../../paths.js';
import { apiGet, apiPost, type SessionInfo } from '../sign-in/auth-api.js';
import { formatRemaining, planWarning } from './session-timing.js';

type Phase = { kind: 'none' } | { kind: 'warning'; endsAt: number; isFinal: boolean } | { kind: 'ended' };

/**
 * R-AUTH-8: before the idle timeout a dialog counts down and offers "continue"; after it, says the session
 * ended. Other requests extend the session on the server, so the deadline is re-read before warning.
 */
export function SessionTimeoutWarning() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [phase, setPhase] = useState<Phase>({ kind: 'none' });
  const [, setTick] = useState(0);
  const timer = useRef<number | undefined>(undefined);
  const wasSignedIn = useRef(false);
  const signInPath = useRef<string>(WEB_PATHS.signIn);
  const dialog = useRef<HTMLDialogElement>(null);

  const schedule = useCallback((info: SessionInfo) => {
    window.clearTimeout(timer.current);
    if (!info.signedIn || info.stage !== 'ACTIVE') {
      if (wasSignedIn.current && !info.signedIn && info.reason) setPhase({ kind: 'ended' });
      wasSignedIn.current = false;
      return;
    }
    wasSignedIn.current = true;
    signInPath.current = info.account.kind === 'OFFICER' ? WEB_PATHS.officerSignIn : WEB_PATHS.signIn;
    const plan = planWarning(info);
    const receivedAt = Date.now();
    if (plan.warnInMs > 0) {
      setPhase({ kind: 'none' });
      timer.current = window.setTimeout(() => void refresh(), plan.warnInMs);
      return;
    }
    setPhase({ kind: 'warning', endsAt: receivedAt + plan.endsInMs, isFinal: plan.isFinal });
    timer.current = window.setTimeout(() => void refresh(), plan.endsInMs + 1000);
  }, []);

  const refresh = useCallback(async () => {
    const result = await apiGet<SessionInfo>('/api/v1/session');
    if (result.ok) schedule(result.data);
  }, [schedule]);

  useEffect(() => {
    void refresh();
  }, [pathname, refresh]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  useEffect(() => {
    if (phase.kind !== 'warning') return;
    const interval = window.setInterval(() => setTick((n) => n + 1), 1000);
    return () => window.clearInterval(interval);
  }, [phase.kind]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (phase.kind === 'none' && d.open) d.close();
    if (phase.kind !== 'none' && !d.open) d.showModal();
  }, [phase.kind]);

  const keepGoing = async () => {
    const result = await apiPost<SessionInfo>('/api/v1/session/continue');
    if (result.ok) schedule(result.data);
    else setPhase({ kind: 'ended' });
  };

  return (
    <dialog ref={dialog} aria-labelledby="session-dialog-heading" aria-describedby="session-dialog-body" onCancel={(e) => e.preventDefault()}
      className="m-auto max-w-120 rounded-12 border border-solid-gray-420 p-6 backdrop:bg-black/50">
      {phase.kind === 'warning' && (
        <>
          <h2 id="session-dialog-heading" className="text-std-20B-150">{t('sessionWarning.heading')}</h2>
          <p id="session-dialog-body" className="mt-2">
            {t(phase.isFinal ? 'sessionWarning.finalBody' : 'sessionWarning.body', { remaining: formatRemaining(phase.endsAt - Date.now()) })}
          </p>
          <div className="mt-4 flex flex-wrap gap-4">
            {!phase.isFinal && <button type="button" className="dads-button-primary" autoFocus onClick={() => void keepGoing()}>{t('sessionWarning.continue')}</button>}
            {phase.isFinal && <button type="button" className="dads-button-outline" autoFocus onClick={() => setPhase({ kind: 'none' })}>{t('sessionWarning.close')}</button>}
          </div>
        </>
      )}
      {phase.kind === 'ended' && (
        <>
          <h2 id="session-dialog-heading" className="text-std-20B-150">{t('sessionWarning.endedHeading')}</h2>
          <p id="session-dialog-body" className="mt-2">{t('sessionWarning.endedBody')}</p>
          <div className="mt-4 flex flex-wrap gap-4">
            <Link className="dads-button-primary" to={signInPath.current} onClick={() => setPhase({ kind: 'none' })}>{t('sessionWarning.signInAgain')}</Link>
            <button type="button" className="dads-button-outline" onClick={() => setPhase({ kind: 'none' })}>{t('sessionWarning.close')}</button>
          </div>
        </>
      )}
    </dialog>
  );
}
