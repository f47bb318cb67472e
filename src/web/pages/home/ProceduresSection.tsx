import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Fee, FeeVariant } from '../../../domain/reference/index.js';
import { Section } from '../../components/Section.js';
import { currentLanguage, type Language } from '../../i18n/index.js';
import { formatJstDate, procedureSummaries, todayInJapan, type ProcedureSummary } from './home-data.js';

export function ProceduresSection() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const today = todayInJapan();
  const summaries = useMemo(() => procedureSummaries(today), [today]);
  return (
    <Section id="procedures" heading={t('home.procedures.heading')}>
      <p>{t('home.procedures.intro')}</p>
      <p className="text-std-16N-170 text-solid-gray-700">{t('home.procedures.feesAsOf', { date: formatJstDate(today, language) })}</p>
      <ol className="flex flex-col gap-3">
        {summaries.map((summary) => (
          <ProcedureItem key={summary.procedure.code} summary={summary} language={language} />
        ))}
      </ol>
    </Section>
  );
}

function ProcedureItem({ summary, language }: { summary: ProcedureSummary; language: Language }) {
  const { t } = useTranslation();
  const { procedure, fees } = summary;
  const [name, otherName, otherLanguage] =
    language === 'ja' ? [procedure.nameJa, procedure.nameEn, 'en'] : [procedure.nameEn, procedure.nameJa, 'ja'];
  return (
    <li className="flex gap-3 rounded-12 border border-solid-gray-420 p-4 md:gap-4 md:p-6">
      <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-blue-900 text-oln-16B-100 text-white">
        {procedure.number}
      </span>
      <div className="min-w-0 flex-1">
        <h3 className="text-std-18B-160 text-solid-gray-900">{name}</h3>
        <p lang={otherLanguage} className="text-std-16N-170 text-solid-gray-700">{otherName}</p>
        <dl className="mt-2 flex flex-wrap gap-x-1">
          <dt className="font-bold">{t('home.procedures.feeLabel')}</dt>
          <dd>{fees.length === 0 ? t('home.procedures.free') : <FeeList fees={fees} />}</dd>
        </dl>
        {!procedure.standAlone && (
          <p className="mt-2 rounded-8 bg-yellow-50 px-3 py-2 text-std-16N-170 text-solid-gray-900">{t('home.procedures.onlyTogether')}</p>
        )}
      </div>
    </li>
  );
}

function FeeList({ fees }: { fees: Fee[] }) {
  const { t, i18n } = useTranslation();
  const yen = (amount: number) => t('home.procedures.yen', { amount: amount.toLocaleString(i18n.resolvedLanguage === 'ja' ? 'ja-JP' : 'en-GB') });
  return (
    <span className="flex flex-col">
      {fees.map((fee) => {
        const amounts = t('home.procedures.feeWithCounter', { online: yen(fee.onlineYen), counter: yen(fee.counterYen) });
        const variant = variantLabel(fee.variant, t);
        return <span key={fee.variant}>{variant ? t('home.procedures.variantFee', { variant, fee: amounts }) : amounts}</span>;
      })}
    </span>
  );
}

function variantLabel(variant: FeeVariant, t: TFunction): string | undefined {
  switch (variant) {
    case 'STANDARD':
      return undefined;
    case 'SINGLE':
      return t('home.procedures.single');
    case 'MULTIPLE':
      return t('home.procedures.multiple');
  }
}
