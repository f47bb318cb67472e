import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Step {
  id: string;
  title: string;
  /** Problems found on this step (shown as a count, so the list also tells where to go). */
  problems: number;
}

/** The pages on the path taken, then the steps after the form; the current one is marked for assistive technology. */
export function StepList({ steps, current, hrefFor, onSelect, label }: {
  steps: readonly Step[];
  current: string;
  hrefFor: (id: string) => string;
  /** Handles the move itself (saving first, focusing the new step); the link stays a link for new tabs. */
  onSelect?: (id: string) => void;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={label}>
      <ol className="flex flex-col gap-1">
        {steps.map((step, index) => {
          const isCurrent = step.id === current;
          return (
            <li key={step.id}>
              <Link
                to={hrefFor(step.id)}
                onClick={(event) => {
                  if (!onSelect || event.metaKey || event.ctrlKey || event.shiftKey) return;
                  event.preventDefault();
                  onSelect(step.id);
                }}
                aria-current={isCurrent ? 'step' : undefined}
                className={`flex min-h-11 items-start gap-2 rounded-8 px-3 py-2 text-std-16N-170 underline-offset-[calc(3/16*1rem)] hover:underline ${isCurrent ? 'bg-blue-100 font-bold text-blue-1000' : 'text-blue-1000'}`}
              >
                <span aria-hidden="true" className="min-w-6 text-right">{index + 1}.</span>
                <span className="min-w-0 flex-1">
                  {step.title}
                  {step.problems > 0 && <span className="ml-2 text-std-16B-170 text-error-2">{t('formRenderer.steps.problems', { number: step.problems })}</span>}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
