import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PhotoCropper } from '../../components/PhotoCropper.js';
import { currentLanguage, type Language } from '../../i18n/index.js';
import { DocumentsSection, refusalText } from './DocumentsSection.js';
import { STEP_HEADING_ID } from './step-ids.js';
import { applicationUrl, http } from './http.js';
import type { ApplicationView } from './view-types.js';

/** R-ATT-1 … R-ATT-3: the face photo (cropped to 3:4 in the browser, checked on the server) and the documents. */
export function AttachmentsStep({ view, onChanged }: { view: ApplicationView; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (
    <div className="flex flex-col gap-10">
      <h2 id={STEP_HEADING_ID} tabIndex={-1} className="text-std-24B-150 text-solid-gray-900 md:text-std-28B-150">{t('applications.steps.attachments')}</h2>
      <PhotoSection view={view} language={language} onChanged={onChanged} />
      <DocumentsSection view={view} language={language} onChanged={onChanged} />
    </div>
  );
}

/** The stored photo as the server re-encoded it (R-ATT-1), or a line saying there is none yet. */
export function PhotoPreview({ view }: { view: ApplicationView }) {
  const { t } = useTranslation();
  if (!view.photo) return <p className="text-std-16B-170">{t('applications.photo.absent')}</p>;
  return (
    <figure className="flex flex-col gap-2">
      <img src={`${applicationUrl(view.id, '/photo')}?v=${encodeURIComponent(view.photo.id)}`} alt={t('applications.photo.alt')} width={150} height={200}
        className="h-50 w-37.5 rounded-4 border border-solid-gray-420 object-cover" />
      <figcaption className="text-std-16N-170">{t('applications.photo.present')}</figcaption>
    </figure>
  );
}

function PhotoSection({ view, language, onChanged }: { view: ApplicationView; language: Language; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const upload = async (blob: Blob) => {
    setRefusal(undefined);
    setNotice(undefined);
    const body = new FormData();
    body.append('photo', blob, blob.type === 'image/png' ? 'photo.png' : 'photo.jpg');
    setBusy(true);
    const result = await http('PUT', applicationUrl(view.id, '/photo'), body);
    setBusy(false);
    if (!result.ok) return setRefusal(refusalText(result.error, language));
    await onChanged();
    setNotice(t('applications.photo.saved'));
  };
  return (
    <section aria-labelledby="photo-heading" className="flex flex-col gap-4">
      <h3 id="photo-heading" className="text-std-20B-150 text-solid-gray-900">{t('applications.photo.heading')}</h3>
      <ul className="list-disc pl-6">
        {(['alone', 'front', 'background', 'recent', 'size'] as const).map((rule) => <li key={rule}>{t(`applications.photo.rules.${rule}`)}</li>)}
      </ul>
      <PhotoPreview view={view} />
      <PhotoCropper onCropped={(blob: Blob) => void upload(blob)} />
      {busy && <p role="status">{t('applications.photo.sending')}</p>}
      {refusal && (
        <div role="alert" className="rounded-8 border-2 border-error-1 p-4">
          <p className="text-std-16B-170 text-error-2">{t('applications.photo.refused')}</p>
          <p>{refusal}</p>
        </div>
      )}
      {notice && <p role="status" className="text-std-16B-170">{notice}</p>}
    </section>
  );
}
