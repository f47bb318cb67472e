import type { ReactNode } from 'react';

/** A titled section of a page: the heading names the region for assistive technology. */
export function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="mt-12 border-t border-solid-gray-420 pt-8 md:mt-16 md:pt-10">
      <h2 id={headingId} className="text-std-24B-150 text-solid-gray-900 md:text-std-28B-150">
        {heading}
      </h2>
      <div className="mt-4 flex flex-col gap-4">{children}</div>
    </section>
  );
}
