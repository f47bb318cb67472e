import { z } from 'zod';
import { ORGANIZATION_FILER_TYPES, type OrganizationFilerType } from '../eligibility/codes.js';
import { OFFICE_CODES } from '../reference/bureaus.js';
import { ORGANIZATION_TYPES, type OrganizationType } from './usage-application.js';

export const ORGANIZATION_FILER_TYPE: Readonly<Record<OrganizationType, OrganizationFilerType>> = {
  ACCEPTING: 'ORG_ACCEPTING', SUPERVISING: 'ORG_SUPERVISING', SUPPORT: 'ORG_SUPPORT', PUBLIC_INTEREST: 'ORG_PUBLIC_INTEREST',
};

/** R-ORG-4: categories 1–4 decide the documents required. */
export const ORGANIZATION_CATEGORIES = [1, 2, 3, 4] as const;
export const OrganizationCategory = z.literal(ORGANIZATION_CATEGORIES);
export type OrganizationCategory = z.infer<typeof OrganizationCategory>;

/**
 * What the eligibility engine needs about an organisation staff member's 認証ID (R-ELIG-7, R-ORG-1..4): the filer
 * type, the office with jurisdiction, the category after approval, the listed implementing organisations and,
 * for support organisations and public-interest corporations, the requesting organisation of this 認証ID.
 */
export const OrganizationFilerRange = z.object({
  accountId: z.uuid(),
  filerType: z.enum(ORGANIZATION_FILER_TYPES),
  organizationId: z.uuid(),
  organizationName: z.string(),
  corporateNumber: z.string(),
  organizationType: z.enum(ORGANIZATION_TYPES),
  office: z.enum(OFFICE_CODES),
  category: OrganizationCategory,
  implementingOrganizations: z.array(z.object({ id: z.uuid(), name: z.string(), corporateNumber: z.string().nullable(), address: z.string().nullable() })),
  requestingOrganization: z.object({ id: z.uuid(), name: z.string(), corporateNumber: z.string().nullable() }).nullable(),
  authIdExpiresAt: z.date().nullable(),
});
export type OrganizationFilerRange = z.infer<typeof OrganizationFilerRange>;
