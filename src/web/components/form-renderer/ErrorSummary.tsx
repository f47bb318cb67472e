import { forwardRef, useId } from 'react';

export interface SummaryEntry {
  /** The DOM id of the control, or of the fieldset of a group of choices. */
  targetId: string;
  text: string;
  /** When the field is on another page: where to go first. */
  href?: string;
}

/** DESIGN §3.9: the problems, each linking to its field, announced with role="alert". */
export const ErrorSummary = forwardRef<HTMLDivElement, { heading: string; entries: readonly SummaryEntry[]; onNavigate?: (entry: SummaryEntry) => void }>(
  function ErrorSummary({ heading, entries, onNavigate }, ref) {
    const headingId = useId();
    return (
      <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={headingId} className="rounded-12 border-2 border-error-1 bg-white p-4 md:p-6">
        <h2 id={headingId} className="text-std-20B-150 text-error-2">{heading}</h2>
        <ul className="mt-3 flex list-disc flex-col gap-2 pl-6">
          {entries.map((entry, index) => (
            <li key={`${entry.targetId}-${index}`}>
              <a
                href={entry.href ?? `#${entry.targetId}`}
                onClick={(event) => {
                  if (entry.href && onNavigate) {
                    event.preventDefault();
                    onNavigate(entry);
                  } else if (focusFieldById(entry.targetId)) event.preventDefault();
                }}
                className="dads-link"
              >
                {entry.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  },
);

/** Focuses the control itself (the checked or first choice of a group), not just the page position. */
export function focusFieldById(targetId: string): boolean {
  const target = document.getElementById(targetId);
  if (!target) return false;
  const control = target instanceof HTMLFieldSetElement ? (target.querySelector<HTMLElement>('input:checked') ?? target.querySelector<HTMLElement>('input, select, textarea, button')) : target;
  target.scrollIntoView({ block: 'center' });
  control?.focus({ preventScroll: true });
  return true;
}
