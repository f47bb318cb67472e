import type { ReactNode } from 'react';

/** A numbered group of questions; the heading names the region. */
export function QuestionSection({ id, number, heading, intro, children }: { id: string; number: number; heading: string; intro?: string; children: ReactNode }) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-6 border-t border-solid-gray-420 pt-6 md:pt-8">
      <div className="flex flex-col gap-2">
        <h2 id={headingId} className="flex items-center gap-3 text-std-24B-150 text-solid-gray-900">
          <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-blue-900 text-oln-16B-100 text-white">
            {number}
          </span>
          <span>{heading}</span>
        </h2>
        {intro && <p>{intro}</p>}
      </div>
      {children}
    </section>
  );
}
