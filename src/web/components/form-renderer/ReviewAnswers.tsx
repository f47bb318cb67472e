import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Answers, FieldDefinition, PageDefinition } from '../../../forms/types.js';
import type { Language } from '../../i18n/index.js';
import { displayList, displayRows, displayScalar, type DisplayTexts } from './answer-display.js';

export interface ReviewPage {
  page: PageDefinition;
  /** The fields on the path taken; nothing else is shown (R-FORM-6). */
  fields: readonly FieldDefinition[];
}

/**
 * The answers on the path taken, page by page, in words; with `changeHref` each page links back to itself
 * (the review page), without it the list is read-only (after submission).
 */
export function ReviewAnswers({ pages, answers, text, language, changeHref, headingLevel = 3 }: {
  pages: readonly ReviewPage[];
  /** The level of each page's heading, one below the section the review sits in. */
  headingLevel?: 3 | 4;
  answers: Answers;
  text: (key: string) => string;
  language: Language;
  changeHref?: (pageId: string) => string;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const texts: DisplayTexts = { language, text, yes: t('formRenderer.yes'), no: t('formRenderer.no'), unanswered: t('formRenderer.review.unanswered') };
  return (
    <div className="flex flex-col gap-8">
      {pages.map(({ page, fields }) => {
        const headingId = `review-${page.id}`;
        return (
          <section key={page.id} aria-labelledby={headingId} className="flex flex-col gap-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-solid-gray-420 pb-2">
              <Heading id={headingId} className="text-std-20B-150 text-solid-gray-900">{text(page.titleKey)}</Heading>
              {changeHref && (
                <Link className="dads-link" to={changeHref(page.id)}>
                  {t('formRenderer.review.change', { page: text(page.titleKey) })}
                </Link>
              )}
            </div>
            <dl className="grid gap-x-6 gap-y-3 md:grid-cols-[minmax(0,16rem)_minmax(0,1fr)]">
              {fields.map((field) => (
                <div key={field.id} className="contents">
                  <dt className="text-std-16B-170 text-solid-gray-800">
                    {field.number && <span className="mr-2">{field.number}</span>}
                    {text(field.labelKey)}
                  </dt>
                  <dd className="min-w-0 text-std-16N-170 [overflow-wrap:anywhere]"><AnswerText field={field} answers={answers} texts={texts} /></dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}

function AnswerText({ field, answers, texts }: { field: FieldDefinition; answers: Answers; texts: DisplayTexts }) {
  const { t } = useTranslation();
  const value = answers[field.id];
  if (field.type === 'multiChoice') return <>{displayList(field, value, texts)}</>;
  if (field.type === 'group') {
    const rows = displayRows(field, value, texts);
    if (rows.length === 0) return <>{texts.unanswered}</>;
    return (
      <ol className="flex flex-col gap-2">
        {rows.map((cells, index) => (
          <li key={index}>
            <span className="font-bold">{t('formRenderer.group.row', { number: index + 1 })}</span>
            <span>{': '}{cells.map((c) => `${c.label} ${c.value}`).join(texts.language === 'en' ? '; ' : '、')}</span>
          </li>
        ))}
      </ol>
    );
  }
  return <>{displayScalar(field, Array.isArray(value) ? undefined : (value as Exclude<typeof value, readonly unknown[]>), texts)}</>;
}
