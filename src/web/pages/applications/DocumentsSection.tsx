import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/index.js';
import { messageIn, type ApiError } from '../sign-in/auth-api.js';
import { formatBytes } from './format.js';
import { applicationUrl, http } from './http.js';
import type { ApplicationView, AttachmentEntry, ChecklistEntry } from './view-types.js';

/** A refusal in the page's language, with the field details the server gave. */
export function refusalText(error: ApiError, language: Language): string {
  return [messageIn(error.message, language), ...error.fields.map((f) => messageIn(f.message, language))].join(' ');
}

/**
 * R-ATT-2, R-ATT-3: the checklist generated from the answers (required / optional / received), each item with
 * its source page, its files and an upload; a refusal shows the server's reason on the item.
 */
export function DocumentsSection({ view, language, onChanged }: { view: ApplicationView; language: Language; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const required = view.checklist.filter((i) => i.requirement === 'REQUIRED');
  const missing = required.filter((i) => !i.received).length;
  return (
    <section aria-labelledby="documents-heading" className="flex flex-col gap-4">
      <h3 id="documents-heading" className="text-std-20B-150 text-solid-gray-900">{t('applications.documents.heading')}</h3>
      <p>{t('applications.documents.lead')}</p>
      <p role="status" className="text-std-16B-170">
        {missing > 0 ? t('applications.documents.missing', { number: missing }) : t('applications.documents.allRequired')}
      </p>
      <ul className="flex flex-col gap-4">
        {view.checklist.map((item) => (
          <ChecklistItemView key={item.code} item={item} files={view.attachments.filter((a) => a.documentCode === item.code)} view={view} language={language} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
}

function ChecklistItemView({ item, files, view, language, onChanged }: {
  item: ChecklistEntry; files: readonly AttachmentEntry[]; view: ApplicationView; language: Language; onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  const name = item.name[language];

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = [...(input.current?.files ?? [])];
    setError(undefined);
    setDone(undefined);
    if (chosen.length === 0) return setError(t('applications.documents.chooseFirst'));
    const body = new FormData();
    body.append('documentCode', item.code);
    for (const file of chosen) body.append('files', file, file.name);
    setBusy(true);
    const result = await http('POST', applicationUrl(view.id, '/attachments'), body);
    setBusy(false);
    if (!result.ok) return setError(refusalText(result.error, language));
    if (input.current) input.current.value = '';
    await onChanged();
    setDone(t('applications.documents.uploaded', { name }));
  };
  const remove = async (attachment: AttachmentEntry) => {
    setError(undefined);
    const result = await http('DELETE', applicationUrl(view.id, `/attachments/${encodeURIComponent(attachment.id)}`));
    if (!result.ok) return setError(refusalText(result.error, language));
    await onChanged();
    setDone(t('applications.documents.removed'));
  };

  return (
    <li>
      <article aria-labelledby={`${id}-name`} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h4 id={`${id}-name`} className="text-std-17B-170 text-solid-gray-900">{name}</h4>
          <span className={`rounded-4 px-2 text-oln-16B-100 ${item.requirement === 'REQUIRED' ? 'bg-red-50 text-error-2' : 'bg-solid-gray-50 text-solid-gray-800'}`}>
            {item.requirement === 'REQUIRED' ? t('applications.documents.required') : t('applications.documents.optional')}
          </span>
          <span className={`text-std-16B-170 ${item.received ? 'text-success-2' : 'text-solid-gray-700'}`}>
            {item.received ? t('applications.documents.received') : t('applications.documents.notReceived')}
          </span>
        </div>
        {item.note && <p className="text-std-16N-170">{item.note[language]}</p>}
        <p className="text-std-16N-170"><a className="dads-link" href={item.source.url} target="_blank" rel="noreferrer">{t('applications.documents.source', { title: item.source.titleJa })}</a></p>
        {files.length > 0 && (
          <ul aria-label={t('applications.documents.filesOf', { name })} className="flex flex-col gap-2">
            {files.map((file, index) => (
              <li key={file.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <a className="dads-link" href={applicationUrl(view.id, `/attachments/${encodeURIComponent(file.id)}`)}>
                  {file.fileName ?? t('applications.documents.fileNumber', { number: index + 1 })}
                </a>
                <span className="text-solid-gray-700">{formatBytes(file.sizeBytes, language)}</span>
                <button type="button" className="dads-button-outline" onClick={() => void remove(file)}>
                  {t('applications.documents.remove', { name: file.fileName ?? t('applications.documents.fileNumber', { number: index + 1 }) })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={upload} noValidate className="flex flex-col gap-2">
          <label htmlFor={`${id}-file`} className="text-std-16B-170">{t('applications.documents.fileLabel', { name })}</label>
          <p id={`${id}-hint`} className="text-std-16N-170 text-solid-gray-700">{t('applications.documents.fileHint')}</p>
          <input ref={input} id={`${id}-file`} type="file" multiple accept="application/pdf,image/jpeg,image/png"
            aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')} aria-invalid={error ? true : undefined}
            className="max-w-full text-std-16N-170 file:mr-3 file:rounded-8 file:border file:border-blue-900 file:bg-white file:px-3 file:py-2 file:text-blue-900" />
          {error && <p id={`${id}-error`} role="alert" className="text-std-16B-170 text-error-2">{error}</p>}
          <div><button type="submit" className="dads-button-primary" disabled={busy}>{t('applications.documents.upload', { name })}</button></div>
          {done && <p role="status" className="text-std-16B-170">{done}</p>}
        </form>
      </article>
    </li>
  );
}
