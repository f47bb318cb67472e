import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { WEB_PATHS } from '../../paths.js';
import { apiGet, apiPost, type SessionInfo } from '../sign-in/auth-api.js';
import { formatRemaining, planWarning } from './session-timing.js';

type Phase = { kind: 'none' } | { kind: 'warning'; endsAt: number; isFinal: boolean } | { kind: 'ended' };

/**
 * Follows the session's idle deadline: re-reads it from the server before warning (other requests extend the
 * session there), and on every page change.
 */
function useSessionPhase() {
  const { pathname } = useLocation();
  const [phase, setPhase] = useState<Phase>({ kind: 'none' });
  const timer = useRef<number | undefined>(undefined);
  const wasSignedIn = useRef(false);
  const signInPath = useRef<string>(WEB_PATHS.signIn);

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
    const refreshIn = plan.warnInMs > 0 ? plan.warnInMs : plan.endsInMs + 1000;
    setPhase(plan.warnInMs > 0 ? { kind: 'none' } : { kind: 'warning', endsAt: Date.now() + plan.endsInMs, isFinal: plan.isFinal });
    timer.current = window.setTimeout(() => {
      void apiGet<SessionInfo>('/api/v1/session').then((r) => r.ok && schedule(r.data));
    }, refreshIn);
  }, []);

  useEffect(() => {
    void apiGet<SessionInfo>('/api/v1/session').then((r) => r.ok && schedule(r.data));
  }, [pathname, schedule]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const keepGoing = async () => {
    const result = await apiPost<SessionInfo>('/api/v1/session/continue');
    if (result.ok) schedule(result.data);
    else setPhase({ kind: 'ended' });
  };
  return { phase, dismiss: () => setPhase({ kind: 'none' }), keepGoing, signInPath: signInPath.current };
}

/** R-AUTH-8: a modal warning with a countdown and "continue" before the idle timeout; a notice after it. */
export function SessionTimeoutWarning() {
  const { phase, dismiss, keepGoing, signInPath } = useSessionPhase();
  const dialog = useRef<HTMLDialogElement>(null);
  const [, setTick] = useState(0);

  useEffect(() => {
    if (phase.kind !== 'warning') return;
    const interval = window.setInterval(() => setTick((n) => n + 1), 1000);
    return () => window.clearInterval(interval);
  }, [phase.kind]);

  useEffect(() => {
    const d = dialog.current;
    if (d && phase.kind === 'none' && d.open) d.close();
    if (d && phase.kind !== 'none' && !d.open) d.showModal();
  }, [phase.kind]);

  return (
    <dialog ref={dialog} aria-labelledby="session-dialog-heading" aria-describedby="session-dialog-body" onCancel={(e) => e.preventDefault()}
      className="m-auto max-w-120 rounded-12 border border-solid-gray-420 p-6 backdrop:bg-black/50">
      {phase.kind === 'warning' && <Warning endsAt={phase.endsAt} isFinal={phase.isFinal} onContinue={() => void keepGoing()} onClose={dismiss} />}
      {phase.kind === 'ended' && <Ended signInPath={signInPath} onClose={dismiss} />}
    </dialog>
  );
}

function Warning({ endsAt, isFinal, onContinue, onClose }: { endsAt: number; isFinal: boolean; onContinue: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 id="session-dialog-heading" className="text-std-20B-150">{t('sessionWarning.heading')}</h2>
      <p id="session-dialog-body" className="mt-2">
        {t(isFinal ? 'sessionWarning.finalBody' : 'sessionWarning.body', { remaining: formatRemaining(endsAt - Date.now()) })}
      </p>
      <div className="mt-4 flex flex-wrap gap-4">
        {isFinal
          ? <button type="button" className="dads-button-outline" autoFocus onClick={onClose}>{t('sessionWarning.close')}</button>
          : <button type="button" className="dads-button-primary" autoFocus onClick={onContinue}>{t('sessionWarning.continue')}</button>}
      </div>
    </>
  );
}

function Ended({ signInPath, onClose }: { signInPath: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 id="session-dialog-heading" className="text-std-20B-150">{t('sessionWarning.endedHeading')}</h2>
      <p id="session-dialog-body" className="mt-2">{t('sessionWarning.endedBody')}</p>
      <div className="mt-4 flex flex-wrap gap-4">
        <Link className="dads-button-primary" to={signInPath} onClick={onClose}>{t('sessionWarning.signInAgain')}</Link>
        <button type="button" className="dads-button-outline" onClick={onClose}>{t('sessionWarning.close')}</button>
      </div>
    </>
  );
}
