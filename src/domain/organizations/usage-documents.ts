import type { FieldError } from '../validation/field-errors.js';

/**
 * Files of a usage application (R-ORG-1, R-ORG-2): the requesting organisation's request letter (依頼書) and
 * pledge (誓約書), and documents sent with a reply to a request for more information.
 */
export const USAGE_DOCUMENT_KINDS = ['REQUEST_LETTER', 'PLEDGE', 'REPLY_DOCUMENT'] as const;
export type UsageDocumentKind = (typeof USAGE_DOCUMENT_KINDS)[number];

/** The multipart file field of each document of a requesting organisation. */
export const REQUESTING_DOCUMENT_FIELDS = { requestLetter: 'REQUEST_LETTER', pledge: 'PLEDGE' } as const satisfies Record<string, UsageDocumentKind>;
export type RequestingDocumentField = keyof typeof REQUESTING_DOCUMENT_FIELDS;

/** The multipart file field of a reply's documents (any number up to the upload limits). */
export const REPLY_DOCUMENT_FIELD = 'documents';

const MESSAGES = {
  requestLetter: { ja: '委託元の機関からの依頼書を添付してください。', en: 'Attach the request letter of the requesting organisation.' },
  pledge: { ja: '委託元の機関の誓約書を添付してください。', en: 'Attach the pledge of the requesting organisation.' },
  once: { ja: 'この書類は1件だけ添付してください。', en: 'Attach this document once only.' },
  notExpected: { ja: 'この申出では書類は添付しません。', en: 'No documents are attached to this application.' },
  unknownField: { ja: '添付ファイルの項目が正しくありません。', en: 'This file field is not known.' },
} as const;

function isRequestingField(field: string): field is RequestingDocumentField {
  return Object.hasOwn(REQUESTING_DOCUMENT_FIELDS, field);
}

/**
 * Checks the files sent with an application: with a requesting organisation exactly one request letter and one
 * pledge; without one, no files at all. Returns one field error per problem (empty when all is well).
 */
export function requestingDocumentIssues(fieldNames: readonly string[], hasRequestingOrganization: boolean): FieldError[] {
  const issues: FieldError[] = [];
  for (const field of new Set(fieldNames)) {
    if (!isRequestingField(field)) issues.push({ path: field, message: MESSAGES.unknownField });
    else if (!hasRequestingOrganization) issues.push({ path: field, message: MESSAGES.notExpected });
  }
  if (!hasRequestingOrganization) return issues;
  for (const field of Object.keys(REQUESTING_DOCUMENT_FIELDS) as RequestingDocumentField[]) {
    const count = fieldNames.filter((f) => f === field).length;
    if (count === 0) issues.push({ path: field, message: MESSAGES[field] });
    if (count > 1) issues.push({ path: field, message: MESSAGES.once });
  }
  return issues;
}

/** A reply carries its documents in one field; anything else is refused. */
export function replyDocumentIssues(fieldNames: readonly string[]): FieldError[] {
  return [...new Set(fieldNames)].filter((f) => f !== REPLY_DOCUMENT_FIELD).map((path) => ({ path, message: MESSAGES.unknownField }));
}

export function documentKindOf(field: string): UsageDocumentKind {
  return isRequestingField(field) ? REQUESTING_DOCUMENT_FIELDS[field] : 'REPLY_DOCUMENT';
}
