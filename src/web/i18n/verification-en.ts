import type { verificationJa } from './verification-ja.js';

/** The public verification page (R-PLUS-1), English. */
export const verificationEn: typeof verificationJa = {
  verification: {
    title: 'Check an issued document',
    heading: 'Check an issued document',
    lead: 'Check whether a document issued by the Online Residence Application System (an electronic Certificate of Eligibility, a permission for activity outside status, a notice of decision or a proof of pending application) is genuine and valid now. This page can be used from outside Japan.',
    scanHint: 'Scan the QR code on the document with a smartphone camera: this page opens and checks it automatically.',
    byNumber: {
      heading: 'Check by document number and verification code',
      number: 'Document number',
      numberHint: 'Printed at the top right of the document (for example EC-2026-7K3M9Q2X).',
      code: 'Verification code',
      codeHint: 'The 8 characters printed on the document (for example 4F7K-2M9Q). Upper or lower case, full or half width and hyphens make no difference.',
      submit: 'Check',
    },
    byPayload: {
      heading: 'Check by the content of the QR code',
      payload: 'Content of the QR code',
      payloadHint: 'Paste the text your QR code app shows: the verification URL starting with https://, or the text starting with ZV1.',
      submit: 'Check',
    },
    checking: 'Checking…',
    result: {
      heading: 'Result',
      genuine: 'This document is valid',
      genuineLead: 'This is a genuine document issued by the Online Residence Application System, and it is valid now. Make sure that what the document states matches the details below.',
      notValid: 'This document is not valid',
      reasons: {
        EXPIRED: 'This document is genuine, but it expired on {{date}} and is no longer valid.',
        EXPIRED_UNDATED: 'This document is genuine, but it has expired and is no longer valid.',
        WITHDRAWN: 'This document was withdrawn by the issuer and is not valid.',
        REVOKED: 'This document was revoked and is not valid.',
        UNKNOWN: 'No document matches this document number and verification code. Check what you entered.',
        BAD_SIGNATURE: 'The electronic signature in the QR code could not be confirmed: the content was altered, or the document was not issued by this system.',
      },
      documentNumber: 'Document number',
      issuedOn: 'Issued on',
      checkedAt: 'Checked at',
      offline: 'The electronic signature can also be verified offline with the public keys ({{keysUrl}}).',
    },
    errors: {
      numberRequired: 'Enter the document number.',
      codeRequired: 'Enter the verification code.',
      payloadRequired: 'Paste the content of the QR code.',
    },
  },
};
