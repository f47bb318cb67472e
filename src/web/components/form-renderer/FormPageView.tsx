import type { FieldDefinition, PageDefinition } from '../../../forms/types.js';
import { FieldView } from './FieldView.js';
import { useRenderer } from './renderer-context.js';

/** One page of the form: its title and the fields on the path taken (hidden fields are not rendered). */
export function FormPageView({ page, fields, headingId }: { page: PageDefinition; fields: readonly FieldDefinition[]; headingId: string }) {
  const env = useRenderer();
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-8">
      <h2 id={headingId} tabIndex={-1} className="text-std-24B-150 text-solid-gray-900 md:text-std-28B-150">{env.text(page.titleKey)}</h2>
      {fields.map((field) => <FieldView key={field.id} field={field} />)}
    </section>
  );
}
