import type { TestApp } from '../../../../test/helpers/app.js';
import type { DocumentSubjectInput } from '../../../domain/verification/index.js';
import { issueSignedDocument, type IssueInput, type IssuedDocument } from './registry.js';

/** The minimum data of an e-COE for the tests (R-RES-2: valid 3 months from issue). */
export const COE_SUBJECT: DocumentSubjectInput = {
  name: 'NGUYEN VAN AN', nationality: 'VNM', status: 'ENGINEER_HUMANITIES_INTL', dates: { DATE_OF_BIRTH: '1990-01-02' },
};

export async function issueForTest(t: TestApp, input: Partial<IssueInput> = {}): Promise<IssuedDocument> {
  return t.ctx.database.db.transaction((tx) => issueSignedDocument(tx, t.ctx, {
    kind: 'E_COE', applicationId: null, subject: COE_SUBJECT, validUntil: '2027-02-23', ...input,
  }));
}
