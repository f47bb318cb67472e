import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section.js';

const IMPROVEMENTS = ['anyDevice', 'drafts', 'languages', 'progress', 'notifications', 'verification'] as const;

/** SPEC §14: where the old system is criticised, and what this one does instead. */
export function ImprovementsSection() {
  const { t } = useTranslation();
  return (
    <Section id="better" heading={t('home.better.heading')}>
      <p>{t('home.better.intro')}</p>
      <ul className="grid gap-3 md:grid-cols-2">
        {IMPROVEMENTS.map((key) => (
          <li key={key} className="flex gap-3 rounded-8 bg-blue-50 p-4">
            <CheckIcon />
            <span>{t(`home.better.${key}`)}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function CheckIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="mt-1 size-5 shrink-0 fill-none stroke-success-2 stroke-3">
      <path d="M4 12.5l5 5L20 6.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
