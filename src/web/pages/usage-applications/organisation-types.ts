import type { OrganisationOverview } from '../../../server/features/usage-applications/schemas.js';
import type { usageApplicationsJa } from '../../i18n/usage-applications-ja.js';

/** Types come from the server's zod schemas; only the types are imported, no code. */
export type { OrganisationOverview };
export type Done = { ok: true; message?: { ja: string; en: string } };
export type OrgKey = keyof typeof usageApplicationsJa.usageApplication.organisation;
export type ReplyKey = keyof typeof usageApplicationsJa.usageApplication.reply;
export type ReviewKey = keyof typeof usageApplicationsJa.usageApplication.review;

/** A JST calendar date from an ISO instant, in the page's language. */
export function jstDate(iso: string | null, language: string | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString(language === 'en' ? 'en-GB' : 'ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'long', day: 'numeric' });
}
