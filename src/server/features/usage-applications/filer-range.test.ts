import { describe, expect, it } from 'vitest';
import { appForSuite } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { OrganizationFilerRange } from '../../../domain/organizations/filer-range.js';
import { findAccountsByEmail } from '../accounts/account-repository.js';
import { TestBrowser, seedAccount, signedInBrowser } from '../accounts/test-support.js';
import { findOrganizationFilerRange } from './filer-range.js';
import { approvedStaff, corporateNumber, documentParts, postMultipart, usageForm, claimForReview } from './test-support.js';

describe.each(testBackends())('organisation filer range for the eligibility engine (R-ELIG-7, R-ORG-1..4) on %s', (backend) => {
  const t = appForSuite(backend);

  async function approve(body: Record<string, unknown>, withDocuments = false): Promise<string> {
    const anonymous = new TestBrowser(t.app);
    const filed = withDocuments
      ? await postMultipart(anonymous, '/api/v1/usage-applications/with-documents', { form: JSON.stringify(body) }, documentParts())
      : await anonymous.post('/api/v1/usage-applications', body);
    expect(filed.statusCode).toBe(201);
    const { browser } = await signedInBrowser(t, { officerRole: 'USAGE_REVIEWER', office: 'OSAKA' });
    await claimForReview(browser, 'usage-applications', String(filed.json().id));
    expect((await browser.post(`/api/v1/usage-applications/${String(filed.json().id)}/approve`)).statusCode).toBe(200);
    const email = (body.staff as { email: string }[])[0]?.email ?? '';
    const [account] = await findAccountsByEmail(t.ctx.database.db, email);
    return account?.id ?? '';
  }

  const osaka = { prefectureCode: '27', address: '大阪市中央区1-1' };

  it('R-ORG-4 an approved category-4 accepting organisation files as ORG_ACCEPTING of category 2 under the office with jurisdiction', async () => {
    const body = usageForm(`range-accepting-${backend}`);
    const accountId = await approve({ ...body, organization: { ...body.organization, ...osaka, corporateNumber: corporateNumber(8001), category: 4 } });
    const range = await findOrganizationFilerRange(t.ctx.database.db, accountId);
    expect(OrganizationFilerRange.parse(range)).toMatchObject({
      accountId, filerType: 'ORG_ACCEPTING', organizationType: 'ACCEPTING', office: 'OSAKA', category: 2, corporateNumber: corporateNumber(8001),
      implementingOrganizations: [], requestingOrganization: null,
    });
    expect(range?.authIdExpiresAt).toBeInstanceOf(Date);
  });

  it('R-ELIG-7 a supervising organisation\'s range lists its implementing organisations; a category-1 organisation stays 1', async () => {
    const body = usageForm(`range-supervising-${backend}`, { type: 'SUPERVISING', implementingOrganizations: [{ name: '実施者甲', corporateNumber: corporateNumber(8003) }, { name: '実施者乙', address: '大阪府堺市1-1' }] });
    const accountId = await approve({ ...body, organization: { ...body.organization, ...osaka, corporateNumber: corporateNumber(8002), category: 1 } });
    const range = await findOrganizationFilerRange(t.ctx.database.db, accountId);
    expect(range).toMatchObject({ filerType: 'ORG_SUPERVISING', category: 1, requestingOrganization: null });
    expect(range?.implementingOrganizations.map((o) => [o.name, o.corporateNumber, o.address])).toEqual([['実施者甲', corporateNumber(8003), null], ['実施者乙', null, '大阪府堺市1-1']]);
  });

  it('R-ORG-3 a support organisation\'s 認証ID carries its own requesting organisation', async () => {
    const body = usageForm(`range-support-${backend}`, { type: 'SUPPORT', requestingOrganization: { name: '委託元丙', corporateNumber: corporateNumber(8005) } });
    const accountId = await approve({ ...body, organization: { ...body.organization, ...osaka, corporateNumber: corporateNumber(8004) } }, true);
    expect(await findOrganizationFilerRange(t.ctx.database.db, accountId)).toMatchObject({
      filerType: 'ORG_SUPPORT', requestingOrganization: { name: '委託元丙', corporateNumber: corporateNumber(8005) },
    });
    const staff = await approvedStaff(t, 'PUBLIC_INTEREST', { corporateNumber: corporateNumber(8006) });
    expect(await findOrganizationFilerRange(t.ctx.database.db, staff.seeded.account.id)).toMatchObject({
      filerType: 'ORG_PUBLIC_INTEREST', office: 'TOKYO', requestingOrganization: { id: staff.requestingRangeId, name: '委託元甲' },
    });
  });

  it('is undefined for accounts that are not organisation staff', async () => {
    const officer = await seedAccount(t, { kind: 'OFFICER' });
    const intermediary = await seedAccount(t, { kind: 'INTERMEDIARY' });
    expect(await findOrganizationFilerRange(t.ctx.database.db, officer.account.id)).toBeUndefined();
    expect(await findOrganizationFilerRange(t.ctx.database.db, intermediary.account.id)).toBeUndefined();
    expect(await findOrganizationFilerRange(t.ctx.database.db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });
});
