import { useTranslation } from 'react-i18next';
import type { ReviewActionResult } from '../../../server/features/back-office/schemas.js';
import { newIdempotencyKey } from '../applications/http.js';
import { apiPost, type ApiError } from '../sign-in/auth-api.js';

/**
 * R-EXAM-3, R-EXAM-5: who holds a usage application or periodic report, and the claim / release of the back office
 * (a decision needs the reviewer's claim).
 */
export function ReviewHold({ path, id, holder, onChanged, onError }: {
  path: 'usage-applications' | 'periodic-reports';
  id: string;
  holder: { id: string; name: string } | null;
  onChanged: () => void;
  onError: (e: ApiError) => void;
}) {
  const { t } = useTranslation();
  const act = async (action: 'claim' | 'release') => {
    const result = await apiPost<ReviewActionResult>(`/api/v1/back-office/reviews/${path}/${encodeURIComponent(id)}/${action}`, { idempotencyKey: newIdempotencyKey() });
    if (result.ok) onChanged();
    else onError(result.error);
  };
  return (
    <div className="flex flex-wrap items-center gap-4">
      <p>{t('backOffice.case.holder')}: {holder?.name ?? t('backOffice.case.nobody')}</p>
      {holder
        ? <button type="button" className="dads-button-outline" onClick={() => void act('release')}>{t('backOffice.case.release')}</button>
        : <button type="button" className="dads-button-outline" onClick={() => void act('claim')}>{t('backOffice.case.claim')}</button>}
    </div>
  );
}
