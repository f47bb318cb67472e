import { forwardRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryEntry {
  /** The id of the control, or of the fieldset of a group of choices. */
  targetId: string;
  text: string;
}

/** Moves focus to the control itself (the first choice of a group), not just the page position. */
function focusTarget(event: MouseEvent<HTMLAnchorElement>, targetId: string): void {
  const target = document.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  const control = target instanceof HTMLFieldSetElement ? (target.querySelector<HTMLElement>('input:checked') ?? target.querySelector<HTMLElement>('input')) : target;
  target.scrollIntoView({ block: 'center' });
  control?.focus({ preventScroll: true });
}

/** DESIGN §3.9: the problems of the form, each linking to its question, announced with role="alert". */
export const ErrorSummary = forwardRef<HTMLDivElement, { entries: SummaryEntry[] }>(function ErrorSummary({ entries }, ref) {
  const { t } = useTranslation();
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="precheck-error-summary-heading" className="rounded-12 border-2 border-error-1 bg-white p-4 md:p-6">
      <h2 id="precheck-error-summary-heading" className="text-std-20B-150 text-error-2">
        {t('precheck.errors.summaryHeading', { number: entries.length })}
      </h2>
      <ul className="mt-3 flex list-disc flex-col gap-2 pl-6">
        {entries.map((entry) => (
          <li key={entry.targetId}>
            <a href={`#${entry.targetId}`} onClick={(event) => focusTarget(event, entry.targetId)} className="dads-link">
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
