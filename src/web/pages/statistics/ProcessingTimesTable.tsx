import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.js';
import { getProcedure } from '../../../domain/reference/procedures.js';
import { getStatus } from '../../../domain/reference/statuses.js';
import type { ProcessingTimesGroup } from '../../../domain/statistics/report.js';

interface Row {
  key: string;
  label: string;
  decidedCases: number;
  medianDays: number | null;
  p80Days: number | null;
}

const CELL = 'border-b border-solid-gray-420 px-2 py-3 align-top';
const NUMBER = `${CELL} whitespace-nowrap text-right tabular-nums`;

/** A bureau's figures for one procedure: every status together first, then each status (R-CASE-2). */
export function ProcessingTimesTable({ group }: { group: ProcessingTimesGroup }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const procedure = getProcedure(group.procedure);
  const rows: Row[] = [
    { key: 'all', label: t('statistics.allStatuses'), decidedCases: group.decidedCases, medianDays: group.medianDays, p80Days: group.p80Days },
    ...group.byStatus.map((s) => {
      const status = getStatus(s.status);
      // A line may break after a slash ("Engineer/Specialist in Humanities/International Services").
      const label = language === 'ja' ? status.nameJa : status.nameEn.replaceAll('/', '/\u200b');
      return { key: s.status, label, decidedCases: s.decidedCases, medianDays: s.medianDays, p80Days: s.p80Days };
    }),
  ];
  return (
    // Words stay whole (the page's overflow-wrap: anywhere would let the number columns shrink mid-word on a phone);
    // only a status name longer than its column may still break.
    <table className="w-full border-collapse text-left text-std-16N-170 wrap-normal">
      <caption className="pb-2 text-left text-std-20B-150 text-solid-gray-900">{language === 'ja' ? procedure.nameJa : procedure.nameEn}</caption>
      <thead>
        <tr>
          <th scope="col" className={CELL}>{t('statistics.columns.status')}</th>
          <th scope="col" className={`${CELL} text-right`}>{t('statistics.columns.cases')}</th>
          <th scope="col" className={`${CELL} text-right`}>{t('statistics.columns.median')}</th>
          <th scope="col" className={`${CELL} text-right`}>{t('statistics.columns.p80')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.key === 'all' ? 'bg-solid-gray-50 font-bold' : undefined}>
            <th scope="row" className={`${CELL} min-w-32 wrap-anywhere`}>{row.label}</th>
            <td className={NUMBER}>{row.decidedCases}</td>
            {row.medianDays === null || row.p80Days === null
              ? <td colSpan={2} className={`${CELL} text-right`}>{t('statistics.notEnoughData')}</td>
              : (
                <>
                  <td className={NUMBER}>{row.medianDays}</td>
                  <td className={NUMBER}>{row.p80Days}</td>
                </>
              )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
