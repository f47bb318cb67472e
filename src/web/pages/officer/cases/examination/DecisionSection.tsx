import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, describePeriod, getStatus, type GrantablePeriod, type StatusCode } from '../../../../../domain/reference/index.js';
import { isLanguage } from '../../../../i18n/index.js';
import type { ExaminationAction, ExaminationView } from './api.js';

type Act = (action: ExaminationAction, body: Record<string, unknown>) => Promise<boolean>;

const GRANTABLE = STATUSES.filter((s) => s.availableOnline);

function asBody(p: GrantablePeriod) {
  return p.kind === 'DESIGNATED' ? { kind: 'DESIGNATED', ...p.max } : p;
}

/** R-EXAM-4: the proposal in force, proposing, the second officer's approval, and the decision itself. */
export function DecisionSection({ view, can, act }: { view: ExaminationView; can: (a: string) => boolean; act: Act }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'ja';
  const [kind, setKind] = useState<'GRANT' | 'REFUSE'>('GRANT');
  const [status, setStatus] = useState<StatusCode>(GRANTABLE[0]?.code ?? 'ENGINEER_HUMANITIES_INTL');
  const [periodIndex, setPeriodIndex] = useState(0);
  const [reason, setReason] = useState('');
  const periods = getStatus(status).periods;
  const chosen = periods[periodIndex] ?? periods[0];
  const grant = { grantedStatus: status, period: chosen ? asBody(chosen) : null };
  const decision = kind === 'GRANT' ? { decision: 'GRANT', ...grant } : { decision: 'REFUSE', reason };
  const proposal = view.proposal;
  const name = (code: StatusCode) => (language === 'ja' ? getStatus(code).nameJa : getStatus(code).nameEn);

  return (
    <section aria-labelledby="decision-heading" className="flex flex-col gap-3">
      <h3 id="decision-heading" className="text-std-18B-160">{t('examination.decision.title')}</h3>
      {view.approvalRequired && <p>{t('examination.decision.approvalRequired')}</p>}
      <p data-testid="proposal">
        {t('examination.decision.proposal')}: {proposal
          ? `${proposal.decision.decision === 'GRANT' ? `${t('examination.decision.grant')} — ${name(proposal.decision.grantedStatus)}` : `${t('examination.decision.refuse')} — ${proposal.decision.reason}`} (${proposal.approvedBy ? t('examination.decision.approved') : t('examination.decision.notApproved')})`
          : t('examination.decision.noProposal')}
      </p>
      <fieldset className="flex gap-4">
        <legend>{t('examination.decision.kind')}</legend>
        <label><input type="radio" name="decision-kind" checked={kind === 'GRANT'} onChange={() => setKind('GRANT')} /> {t('examination.decision.grant')}</label>
        <label><input type="radio" name="decision-kind" checked={kind === 'REFUSE'} onChange={() => setKind('REFUSE')} /> {t('examination.decision.refuse')}</label>
      </fieldset>
      {kind === 'GRANT' ? (
        <div className="flex flex-col gap-2">
          <label htmlFor="decision-status">{t('examination.decision.status')}</label>
          <select id="decision-status" className="border p-2 self-start" value={status} onChange={(e) => { setStatus(e.target.value as StatusCode); setPeriodIndex(0); }}>
            {GRANTABLE.map((s) => <option key={s.code} value={s.code}>{name(s.code)}</option>)}
          </select>
          <label htmlFor="decision-period">{t('examination.decision.period')}</label>
          <select id="decision-period" className="border p-2 self-start" value={periodIndex} onChange={(e) => setPeriodIndex(Number(e.target.value))}>
            {periods.map((p, i) => <option key={i} value={i}>{describePeriod(p)[language]}</option>)}
          </select>
        </div>
      ) : (
        <div className="flex flex-col gap-2">
          <label htmlFor="decision-reason">{t('examination.decision.reason')}</label>
          <textarea id="decision-reason" className="border p-2" value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        {can('PROPOSE_DECISION') && <button type="button" className="dads-button" onClick={() => void act('proposal', decision)}>{t('examination.decision.propose')}</button>}
        {can('APPROVE_DECISION') && proposal && !proposal.approvedBy && <button type="button" className="dads-button" onClick={() => void act('proposal/approve', {})}>{t('examination.decision.approve')}</button>}
        {can('GRANT') && kind === 'GRANT' && <button type="button" className="dads-button-primary" onClick={() => void act('grant', grant)}>{t('examination.decision.decideGrant')}</button>}
        {can('REFUSE') && kind === 'REFUSE' && <button type="button" className="dads-button-primary" onClick={() => void act('refuse', { reason })}>{t('examination.decision.decideRefuse')}</button>}
      </div>
    </section>
  );
}
