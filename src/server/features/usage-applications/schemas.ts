import { z } from 'zod';
import type { AdditionalUsageApplicationForm } from '../../../domain/organizations/additional-usage-application.js';
import { PERIODIC_REPORT_STATUSES } from '../../../domain/organizations/periodic-report.js';
import { ORGANIZATION_TYPES, USAGE_APPLICATION_KINDS, USAGE_APPLICATION_STATUSES, multilineText, type UsageApplicationForm } from '../../../domain/organizations/usage-application.js';
import { USAGE_DOCUMENT_KINDS } from '../../../domain/organizations/usage-documents.js';
import { bilingual } from '../../../domain/validation/field-errors.js';
import { Holder } from '../back-office/schemas.js';

const Bilingual = z.object({ ja: z.string(), en: z.string() });
export const Done = z.object({ ok: z.literal(true), message: Bilingual.optional() });
export const Filed = z.object({ ok: z.literal(true), id: z.string(), message: Bilingual });
export const IdParams = z.object({ id: z.uuid() });
export const FileParams = z.object({ id: z.uuid(), fileId: z.uuid() });

const note = (ja: string, en: string) => z.string().trim().min(1, bilingual(`${ja}を入力してください。`, `Enter the ${en}.`)).max(2000);
export const RejectRequest = z.object({ reason: note('不承認の理由', 'reason') }).strict();
export const MoreRequest = z.object({ request: note('求める情報', 'information needed') }).strict();

export const StaffPasswordRequest = z.object({
  token: z.string().min(20).max(128),
  password: z.string().max(1024),
}).strict();

const Token = z.string().regex(/^[A-Za-z0-9_-]{20,128}$/, bilingual('リンクが正しくありません。', 'The link is not valid.'));
export const ReplyLinkRequest = z.object({ token: Token }).strict();
export const ReplyLinkInfo = z.object({ organizationName: z.string(), request: z.string(), expiresAt: z.string() });
/** The organisation's answer (multipart fields beside the documents). */
export const ReplyFields = z.object({ token: Token, reply: multilineText(4000, '回答', 'answer') }).strict();

export const UsageDocumentView = z.object({
  id: z.string(), kind: z.enum(USAGE_DOCUMENT_KINDS), messageId: z.string().nullable(), contentType: z.string(), sizeBytes: z.number(),
});
export const UsageMessageView = z.object({ id: z.string(), kind: z.enum(['MORE_REQUESTED', 'REPLY']), body: z.string(), createdAt: z.string() });

/** The forms are sent as stored (already validated); their schemas transform input, so the response does not re-run them. */
export const UsageApplicationViewSchema = z.object({
  id: z.string(),
  kind: z.enum(USAGE_APPLICATION_KINDS),
  status: z.enum(USAGE_APPLICATION_STATUSES),
  office: z.string(),
  bureau: z.string(),
  organizationName: z.string(),
  corporateNumber: z.string(),
  type: z.enum(ORGANIZATION_TYPES),
  category: z.number(),
  contactEmail: z.string(),
  form: z.unknown(),
  additional: z.unknown(),
  documents: z.array(UsageDocumentView),
  messages: z.array(UsageMessageView),
  decisionNote: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  /** The reviewer working on it (R-EXAM-3): claimed in the back office before any decision. */
  holder: Holder.nullable(),
});
export type UsageApplicationView = Omit<z.infer<typeof UsageApplicationViewSchema>, 'form' | 'additional'> & {
  form: UsageApplicationForm | null;
  additional: AdditionalUsageApplicationForm | null;
};
export const UsageApplicationList = z.object({ applications: z.array(UsageApplicationViewSchema) });

const StaffView = z.object({ accountId: z.string(), name: z.string(), email: z.string(), authIdExpiresAt: z.string().nullable(), hasPassword: z.boolean() });

/** The signed-in staff member's organisation, their 認証ID group and what they can file (R-ORG-2, R-ORG-3). */
export const OrganisationOverview = z.object({
  organization: z.object({ name: z.string(), corporateNumber: z.string(), type: z.enum(ORGANIZATION_TYPES), category: z.number(), office: z.string() }),
  requestingOrganization: z.object({ name: z.string(), corporateNumber: z.string().nullable() }).nullable(),
  implementingOrganizations: z.array(z.object({ name: z.string(), corporateNumber: z.string().nullable(), address: z.string().nullable() })),
  authIdExpiresAt: z.string().nullable(),
  staff: z.array(StaffView),
  periodicReport: z.object({
    opensAt: z.string().nullable(),
    dueDate: z.string().nullable(),
    expiryDate: z.string().nullable(),
    isOpen: z.boolean(),
    pendingSince: z.string().nullable(),
    last: z.object({ status: z.enum(PERIODIC_REPORT_STATUSES), decidedAt: z.string().nullable(), decisionNote: z.string().nullable() }).nullable(),
  }),
  applications: z.array(z.object({ id: z.string(), kind: z.enum(USAGE_APPLICATION_KINDS), status: z.enum(USAGE_APPLICATION_STATUSES), createdAt: z.string() })),
});
export type OrganisationOverview = z.infer<typeof OrganisationOverview>;

export const PeriodicReportView = z.object({
  id: z.string(),
  status: z.enum(PERIODIC_REPORT_STATUSES),
  office: z.string(),
  organizationName: z.string(),
  corporateNumber: z.string(),
  type: z.enum(ORGANIZATION_TYPES),
  requestingOrganization: z.string().nullable(),
  filedBy: z.object({ name: z.string(), email: z.string() }),
  activities: z.string(),
  staff: z.array(z.object({ accountId: z.string(), name: z.string(), email: z.string(), inService: z.boolean(), authIdExpiresAt: z.string().nullable() })),
  createdAt: z.string(),
  holder: Holder.nullable(),
});
export type PeriodicReportView = z.infer<typeof PeriodicReportView>;
export const PeriodicReportList = z.object({ reports: z.array(PeriodicReportView) });
