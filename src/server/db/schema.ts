import { sql } from 'drizzle-orm';
import { bigint, bigserial, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ACCOUNT_KINDS, OFFICER_ROLES } from '../../domain/auth/roles.js';
import { OPEN_STATUSES } from '../../domain/case/statuses.js';
import { FILER_TYPES } from '../../domain/eligibility/codes.js';
import { PERIODIC_REPORT_STATUSES } from '../../domain/organizations/periodic-report.js';
import { ORGANIZATION_TYPES, USAGE_APPLICATION_KINDS, USAGE_APPLICATION_STATUSES } from '../../domain/organizations/usage-application.js';
import { USAGE_DOCUMENT_KINDS } from '../../domain/organizations/usage-documents.js';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, type DocumentSubject } from '../../domain/verification/documents.js';
import { SIGNING_KEY_STATUSES } from '../../domain/verification/keys.js';

/** What an audit row records, in the chain and while pending (new column builders for each table). */
const auditEntryColumns = () => ({
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  actorType: text('actor_type').notNull(),
  actorId: text('actor_id'),
  action: text('action').notNull(),
  subjectType: text('subject_type'),
  subjectId: text('subject_id'),
  ipAddress: text('ip_address'),
  outcome: text('outcome').notNull(),
  details: jsonb('details').$type<Record<string, unknown>>().notNull(),
});

/** Append-only, hash-chained audit log (R-EXAM-6). A trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  ...auditEntryColumns(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

/**
 * Audit rows of transactions not yet committed (src/server/features/audit/audit-log.ts): at COMMIT a deferred trigger
 * chains each into audit_log and removes it (migration 0018), so this table is empty outside open transactions.
 */
export const auditPending = pgTable('audit_pending', {
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  ...auditEntryColumns(),
  hashedHead: text('hashed_head').notNull(),
  hashedMiddle: text('hashed_middle').notNull(),
  hashedTail: text('hashed_tail').notNull(),
  genesisHash: text('genesis_hash').notNull(),
});

/** Transactional outbox: a job exists only if the transaction that wrote it committed (R-MAIL-2). */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    /** Idempotency key of the job: writing the same key twice yields one job. */
    jobKey: text('job_key').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['PENDING', 'DONE', 'DEAD'] }).notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    runAfter: timestamp('run_after', { withTimezone: true, mode: 'date' }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    doneAt: timestamp('done_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('outbox_job_key_idx').on(t.jobKey), index('outbox_claim_idx').on(t.status, t.runAfter)],
);

/** Mail actually handed over (dev mailbox or SMTP), keyed by the outbox job so a retry never sends twice. */
export const sentMail = pgTable(
  'sent_mail',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    jobKey: text('job_key').notNull(),
    transport: text('transport', { enum: ['DEV_MAILBOX', 'SMTP'] }).notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    messageId: text('message_id').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('sent_mail_job_key_idx').on(t.jobKey)],
);

/** Files received through the upload adapter; the storage key never derives from the user's file name. */
export const storedFiles = pgTable('stored_files', {
  id: uuid('id').primaryKey(),
  storageKey: text('storage_key').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  purpose: text('purpose').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/**
 * JPKI challenge nonces (R-AUTH-2): single use, bound to a session and a purpose, short-lived. Only a SHA-256
 * of the nonce is stored, so reading the table does not hand out live challenges.
 */
export const jpkiNonces = pgTable(
  'jpki_nonces',
  {
    nonceHash: text('nonce_hash').primaryKey(),
    sessionId: text('session_id').notNull(),
    purpose: text('purpose').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('jpki_nonces_expires_idx').on(t.expiresAt)],
);

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Every account that signs in (R-AUTH-*): individuals, organisation staff, intermediaries, officers and
 * administrators. One email may hold several accounts (one 認証ID per requesting organisation, R-ORG-3).
 */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey(),
    authId: text('auth_id').notNull(),
    kind: text('kind', { enum: ACCOUNT_KINDS }).notNull(),
    officerRole: text('officer_role', { enum: OFFICER_ROLES }),
    office: text('office'),
    displayName: text('display_name').notNull(),
    email: text('email').notNull(),
    status: text('status', { enum: ['ACTIVE', 'DISABLED'] }).notNull().default('ACTIVE'),
    disabledReason: text('disabled_reason', { enum: ['FAILED_ATTEMPTS', 'ADMINISTRATOR'] }),
    passwordHash: text('password_hash'),
    passwordChangedAt: at('password_changed_at'),
    /** AES-256-GCM ciphertext of the TOTP secret; never stored in clear. */
    totpSecret: text('totp_secret'),
    totpEnrolledAt: at('totp_enrolled_at'),
    /** The last accepted TOTP time step: a code is accepted once (RFC 6238 §5.2). */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    /** R-ORG-3: organisation 認証IDs expire; null means no expiry. */
    authIdExpiresAt: at('auth_id_expires_at'),
    /** Idempotency key of the request that created the account. */
    creationKey: text('creation_key'),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [uniqueIndex('accounts_auth_id_idx').on(t.authId), index('accounts_email_idx').on(t.email), uniqueIndex('accounts_creation_key_idx').on(t.creationKey)],
);

/** Server-side sessions (R-AUTH-8): only the SHA-256 of the cookie value is stored. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    stage: text('stage', { enum: ['ACTIVE', 'SECOND_FACTOR', 'ENROL_SECOND_FACTOR'] }).notNull(),
    createdAt: at('created_at').notNull(),
    lastSeenAt: at('last_seen_at').notNull(),
    idleExpiresAt: at('idle_expires_at').notNull(),
    absoluteExpiresAt: at('absolute_expires_at').notNull(),
    reauthenticatedAt: at('reauthenticated_at'),
    /** A TOTP secret being enrolled (encrypted), until its first code confirms it. */
    pendingTotpSecret: text('pending_totp_secret'),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    endedAt: at('ended_at'),
    endReason: text('end_reason'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

/** Throttling state per submitted 認証ID (hashed), known or not, so both are answered alike (R-AUTH-8). */
export const signInThrottles = pgTable('sign_in_throttles', {
  key: text('key').primaryKey(),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  nextAttemptAt: at('next_attempt_at'),
  lockedUntil: at('locked_until'),
  disabledAt: at('disabled_at'),
  updatedAt: at('updated_at').notNull(),
});

/** Every sign-in attempt: the sliding windows per ID and per address, and the account's recent sign-ins. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: at('at').notNull(),
    throttleKey: text('throttle_key').notNull(),
    accountId: uuid('account_id'),
    ipAddress: text('ip_address').notNull(),
    step: text('step', { enum: ['PASSWORD', 'SECOND_FACTOR', 'REAUTHENTICATION'] }).notNull(),
    outcome: text('outcome', { enum: ['SUCCESS', 'FAILURE'] }).notNull(),
  },
  (t) => [
    index('sign_in_attempts_key_idx').on(t.throttleKey, t.at),
    index('sign_in_attempts_ip_idx').on(t.ipAddress, t.at),
    index('sign_in_attempts_account_idx').on(t.accountId, t.at),
  ],
);

/** Single-use emailed links (password set/reset, email change): only the token's SHA-256 is stored. */
export const accountTokens = pgTable(
  'account_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    purpose: text('purpose', { enum: ['PASSWORD_SET', 'PASSWORD_RESET', 'EMAIL_CHANGE'] }).notNull(),
    newEmail: text('new_email'),
    createdAt: at('created_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
  },
  (t) => [index('account_tokens_account_idx').on(t.accountId, t.createdAt)],
);

/**
 * Individuals registered with the My Number card (R-AUTH-1, R-AUTH-4): the 4 basic facts read from the verified
 * signature certificate and the authentication certificate the account signs in with (one account per card).
 */
export const individualProfiles = pgTable(
  'individual_profiles',
  {
    accountId: uuid('account_id').primaryKey().references(() => accounts.id),
    /** PENDING until the password is set from the approval email's link. */
    status: text('status', { enum: ['PENDING', 'ACTIVE'] }).notNull(),
    userType: text('user_type', { enum: ['SELF', 'LEGAL_REPRESENTATIVE', 'RELATIVE'] }).notNull(),
    relationship: text('relationship'),
    facts: jsonb('facts').notNull(),
    /** SHA-256 of name, date of birth and sex: finds the account of a renewed card (the address may change). */
    personKey: text('person_key').notNull(),
    authCertIssuer: text('auth_cert_issuer').notNull(),
    authCertSerial: text('auth_cert_serial').notNull(),
    authCertFingerprint: text('auth_cert_fingerprint').notNull(),
    sigCertSerial: text('sig_cert_serial').notNull(),
    /**
     * R-PLUS-6: the person's own residence card number, nationality and passport number, AES-256-GCM sealed (JSON);
     * never stored or logged in clear. The two indexes are keyed HMACs of the normalised values, to find the account
     * that an intermediary's or an organisation's filing names.
     */
    identitySealed: text('identity_sealed'),
    residenceCardIndex: text('residence_card_index'),
    passportIndex: text('passport_index'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('individual_profiles_auth_cert_idx').on(t.authCertIssuer, t.authCertSerial), index('individual_profiles_person_idx').on(t.personKey),
    index('individual_profiles_residence_card_idx').on(t.residenceCardIndex), index('individual_profiles_passport_idx').on(t.passportIndex),
  ],
);

/**
 * A verified card read waiting for the registration form (or a renewal's emailed code): bound to the browser's
 * JPKI binding cookie, short-lived, used once. Only the SHA-256 of its id and of the binding are stored.
 */
export const cardChecks = pgTable(
  'card_checks',
  {
    idHash: text('id_hash').primaryKey(),
    bindingHash: text('binding_hash').notNull(),
    kind: text('kind', { enum: ['REGISTRATION', 'RENEWAL'] }).notNull(),
    facts: jsonb('facts').notNull(),
    personKey: text('person_key').notNull(),
    authCertIssuer: text('auth_cert_issuer').notNull(),
    authCertSerial: text('auth_cert_serial').notNull(),
    authCertFingerprint: text('auth_cert_fingerprint').notNull(),
    sigCertSerial: text('sig_cert_serial').notNull(),
    renewalAccountId: uuid('renewal_account_id'),
    codeHash: text('code_hash'),
    codeAttempts: integer('code_attempts').notNull().default(0),
    createdAt: at('created_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
  },
  (t) => [index('card_checks_expires_idx').on(t.expiresAt)],
);

/**
 * R-AUTH-5: a lawyer's or administrative scrivener's registration as 申請等取次者, reviewed by an officer of the
 * office with jurisdiction over the office address. The account is created on approval.
 */
export const intermediaryRegistrations = pgTable(
  'intermediary_registrations',
  {
    id: uuid('id').primaryKey(),
    status: text('status', { enum: ['PENDING', 'APPROVED', 'REJECTED'] }).notNull(),
    profession: text('profession', { enum: ['LAWYER', 'SCRIVENER'] }).notNull(),
    fullName: text('full_name').notNull(),
    fullNameKana: text('full_name_kana').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    /** The bar association (弁護士会) or 行政書士会 that holds the registration. */
    associationName: text('association_name').notNull(),
    registrationNumber: text('registration_number').notNull(),
    officeName: text('office_name').notNull(),
    postalCode: text('postal_code').notNull(),
    prefectureCode: text('prefecture_code').notNull(),
    officeAddress: text('office_address').notNull(),
    /** The office with jurisdiction over the office address: only its officers review the registration. */
    office: text('office').notNull(),
    accountId: uuid('account_id').references(() => accounts.id),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: at('decided_at'),
    rejectionReason: text('rejection_reason'),
    /** Set when the password is first set from the approval link and the 認証ID is mailed. */
    activatedAt: at('activated_at'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('intermediary_registrations_office_idx').on(t.office, t.status),
    // One open (waiting or approved) registration per number; a rejected one may be filed again.
    uniqueIndex('intermediary_registrations_open_number_idx').on(t.profession, t.registrationNumber).where(sql`${t.status} in ('PENDING', 'APPROVED')`),
  ],
);

/**
 * 利用申出 (R-ORG-1, R-ORG-2): what the organisation filed, reviewed by the office with jurisdiction over its
 * address. `body` is the validated form: the new usage application's, or for an ADDITIONAL one (filed by a
 * signed-in staff member) the additional form.
 */
export const usageApplications = pgTable(
  'usage_applications',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: USAGE_APPLICATION_KINDS }).notNull().default('NEW'),
    status: text('status', { enum: USAGE_APPLICATION_STATUSES }).notNull(),
    office: text('office').notNull(),
    bureau: text('bureau').notNull(),
    organizationName: text('organization_name').notNull(),
    corporateNumber: text('corporate_number').notNull(),
    orgType: text('org_type', { enum: ORGANIZATION_TYPES }).notNull(),
    category: integer('category').notNull(),
    contactEmail: text('contact_email').notNull(),
    body: jsonb('body').notNull(),
    /** The usage reviewer working on it (R-EXAM-3, R-EXAM-5): claimed before any decision; null when nobody holds it. */
    holderId: uuid('holder_id').references(() => accounts.id),
    decisionNote: text('decision_note'),
    decidedBy: uuid('decided_by'),
    decidedAt: at('decided_at'),
    organizationId: uuid('organization_id'),
    /** ADDITIONAL: the staff member who filed it, and the requesting organisation of their 認証ID (new staff join it). */
    filedBy: uuid('filed_by').references(() => accounts.id),
    filerRequestingRangeId: uuid('filer_requesting_range_id'),
    /** The single-use link of the last request for more information (SHA-256 only), until the organisation answers. */
    replyTokenHash: text('reply_token_hash'),
    replyTokenExpiresAt: at('reply_token_expires_at'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('usage_applications_office_idx').on(t.office, t.status),
    index('usage_applications_organization_idx').on(t.organizationId, t.status),
    uniqueIndex('usage_applications_reply_token_idx').on(t.replyTokenHash),
  ],
);

/** The exchange on a usage application: the reviewer's requests for more and the organisation's replies (R-ORG-2). */
export const usageApplicationMessages = pgTable(
  'usage_application_messages',
  {
    id: uuid('id').primaryKey(),
    usageApplicationId: uuid('usage_application_id').notNull().references(() => usageApplications.id),
    kind: text('kind', { enum: ['MORE_REQUESTED', 'REPLY'] }).notNull(),
    body: text('body').notNull(),
    /** The reviewer who asked; null for the organisation's reply (it answers by the emailed link, without an account). */
    actorId: uuid('actor_id').references(() => accounts.id),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('usage_application_messages_application_idx').on(t.usageApplicationId, t.createdAt)],
);

/** Request letters, pledges and reply documents of a usage application; only its reviewers can download them. */
export const usageApplicationFiles = pgTable(
  'usage_application_files',
  {
    id: uuid('id').primaryKey(),
    usageApplicationId: uuid('usage_application_id').notNull().references(() => usageApplications.id),
    messageId: uuid('message_id').references(() => usageApplicationMessages.id),
    kind: text('kind', { enum: USAGE_DOCUMENT_KINDS }).notNull(),
    storedFileId: uuid('stored_file_id').notNull().references(() => storedFiles.id),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('usage_application_files_application_idx').on(t.usageApplicationId, t.createdAt)],
);

/** An approved organisation (one per 法人番号); its category after approval is at most 2 (R-ORG-4). */
export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey(),
    corporateNumber: text('corporate_number').notNull(),
    name: text('name').notNull(),
    prefectureCode: text('prefecture_code').notNull(),
    address: text('address').notNull(),
    office: text('office').notNull(),
    orgType: text('org_type', { enum: ORGANIZATION_TYPES }).notNull(),
    category: integer('category').notNull(),
    approvedAt: at('approved_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [uniqueIndex('organizations_corporate_number_idx').on(t.corporateNumber)],
);

/**
 * The organisation's range for the eligibility engine: implementing organisations of a supervising
 * organisation, requesting organisations of a support organisation or public-interest corporation.
 */
export const organizationRanges = pgTable(
  'organization_ranges',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    kind: text('kind', { enum: ['IMPLEMENTING', 'REQUESTING'] }).notNull(),
    name: text('name').notNull(),
    corporateNumber: text('corporate_number'),
    address: text('address'),
    usageApplicationId: uuid('usage_application_id').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('organization_ranges_org_idx').on(t.organizationId, t.kind)],
);

/**
 * Which organisation (and, for support organisations and public-interest corporations, which requesting
 * organisation) an ORG_STAFF account acts for: one 認証ID per requesting organisation (R-ORG-3).
 */
export const organizationStaff = pgTable(
  'organization_staff',
  {
    accountId: uuid('account_id').primaryKey().references(() => accounts.id),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    requestingRangeId: uuid('requesting_range_id').references(() => organizationRanges.id),
    usageApplicationId: uuid('usage_application_id').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('organization_staff_org_idx').on(t.organizationId)],
);

/**
 * 定期報告 (R-ORG-3) of one 認証ID group: an organisation, or for support organisations and public-interest
 * corporations one requesting organisation of it. Approval renews the 認証IDs of the staff still in service.
 */
export const periodicReports = pgTable(
  'periodic_reports',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    requestingRangeId: uuid('requesting_range_id').references(() => organizationRanges.id),
    /** organizationId:requestingRangeId (or :all): at most one waiting report per group. */
    groupKey: text('group_key').notNull(),
    office: text('office').notNull(),
    status: text('status', { enum: PERIODIC_REPORT_STATUSES }).notNull(),
    filedBy: uuid('filed_by').notNull().references(() => accounts.id),
    body: jsonb('body').notNull(),
    /** The usage reviewer working on it (R-EXAM-3, R-EXAM-5): claimed before any decision; null when nobody holds it. */
    holderId: uuid('holder_id').references(() => accounts.id),
    decisionNote: text('decision_note'),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: at('decided_at'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('periodic_reports_office_idx').on(t.office, t.status),
    index('periodic_reports_group_idx').on(t.groupKey, t.createdAt),
    uniqueIndex('periodic_reports_one_open_idx').on(t.groupKey).where(sql`${t.status} = 'PENDING'`),
  ],
);

/**
 * An application (申請): a draft the filer edits (R-FORM-3), then a case whose status is derived from
 * application_actions. `state` repeats that derivation (written in the same transaction as each action) so lists
 * can filter on it. The applicant_* columns are copied from the answers on every save for search and for finding
 * the applicant's own account (R-PLUS-6).
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey(),
    ownerAccountId: uuid('owner_account_id').notNull().references(() => accounts.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    requestingRangeId: uuid('requesting_range_id').references(() => organizationRanges.id),
    filerType: text('filer_type', { enum: FILER_TYPES }).notNull(),
    /** The client's idempotency key of the create request: one draft per key and owner. */
    creationKey: text('creation_key').notNull(),
    state: text('state').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    revision: integer('revision').notNull().default(0),
    savedAt: at('saved_at').notNull(),
    lastField: text('last_field'),
    procedures: text('procedures').array().notNull().default(sql`'{}'::text[]`),
    mainProcedure: text('main_procedure'),
    applicantName: text('applicant_name'),
    applicantResidenceCardNumber: text('applicant_residence_card_number'),
    applicantNationality: text('applicant_nationality'),
    applicantPassportNumber: text('applicant_passport_number'),
    receiptMethod: text('receipt_method'),
    /** The office with jurisdiction (SPEC §2.3), fixed at submission. */
    office: text('office'),
    submittedAt: at('submitted_at'),
    submittedBy: uuid('submitted_by'),
    receptionNumber: text('reception_number'),
    acceptedAt: at('accepted_at'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('applications_creation_key_idx').on(t.ownerAccountId, t.creationKey),
    uniqueIndex('applications_reception_number_idx').on(t.receptionNumber),
    index('applications_owner_idx').on(t.ownerAccountId, t.updatedAt),
    index('applications_organization_idx').on(t.organizationId, t.updatedAt),
    /** One status, oldest first (the intake queue, the daily acceptance): office and id in the index, so a page reads no rows it drops. */
    index('applications_state_idx').on(t.state, t.submittedAt, t.id, t.office),
    /**
     * The back-office queues (R-EXAM-3): a bureau's offices and one status, oldest submission first. The procedures
     * ride along so the procedure filter's capped counts are read from the index alone (169 → 6 ms at 1M rows).
     */
    index('applications_queue_idx').on(t.office, t.state, t.submittedAt, t.id, t.procedures),
    /**
     * The default work queue (open cases, oldest first, R-EXAM-3): walked in order, office and state read from the
     * index itself, so a page of a big bureau needs no sort of the bureau's cases (docs/performance.md).
     */
    index('applications_open_queue_idx').on(t.submittedAt, t.id, t.office, t.state)
      .where(sql.raw(`state in (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`)),
    index('applications_residence_card_idx').on(t.applicantResidenceCardNumber),
    index('applications_passport_idx').on(t.applicantNationality, t.applicantPassportNumber),
  ],
);

/** The case's append-only action log (DESIGN §3.1): a trigger refuses UPDATE and DELETE; a retried request finds its key. */
export const applicationActions = pgTable(
  'application_actions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    type: text('type').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    actorType: text('actor_type').notNull(),
    actorId: uuid('actor_id'),
    at: at('at').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    uniqueIndex('application_actions_key_idx').on(t.applicationId, t.idempotencyKey),
    index('application_actions_application_idx').on(t.applicationId, t.id),
    // R-CASE-2: the decisions of the last 90 days, read by time for the processing-time figures.
    index('application_actions_decision_idx').on(t.at, t.applicationId).where(sql`${t.type} in ('GRANT', 'REFUSE')`),
  ],
);

/** The face photo (one per application) and the documents, each with its checklist document code (R-ATT-1..3). */
export const applicationFiles = pgTable(
  'application_files',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    kind: text('kind', { enum: ['PHOTO', 'DOCUMENT'] }).notNull(),
    documentCode: text('document_code'),
    storedFileId: uuid('stored_file_id').notNull().references(() => storedFiles.id),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    index('application_files_application_idx').on(t.applicationId, t.createdAt),
    uniqueIndex('application_files_one_photo_idx').on(t.applicationId).where(sql`${t.kind} = 'PHOTO'`),
  ],
);

/**
 * R-SUB-2: the last reception serial per office and JST year. The accepting transaction locks the row, so numbers
 * are unique and gap-free (a rolled-back acceptance rolls its increment back too), unlike a sequence.
 */
export const receptionCounters = pgTable(
  'reception_counters',
  {
    office: text('office').notNull(),
    year: integer('year').notNull(),
    lastSerial: integer('last_serial').notNull(),
  },
  (t) => [primaryKey({ columns: [t.office, t.year] })],
);

/**
 * Ed25519 keys that sign issued documents (R-PLUS-1). The private key (PKCS#8) is sealed with AES-256-GCM under
 * SIGNING_KEY_SECRET; the public key is the JWK's x. One key is ACTIVE; retired keys stay to verify old documents.
 */
export const signingKeys = pgTable(
  'signing_keys',
  {
    kid: text('kid').primaryKey(),
    algorithm: text('algorithm', { enum: ['Ed25519'] }).notNull(),
    publicKey: text('public_key').notNull(),
    privateKeySealed: text('private_key_sealed').notNull(),
    status: text('status', { enum: SIGNING_KEY_STATUSES }).notNull(),
    createdAt: at('created_at').notNull(),
    retiredAt: at('retired_at'),
    revokedAt: at('revoked_at'),
  },
  (t) => [uniqueIndex('signing_keys_one_active_idx').on(t.status).where(sql`${t.status} = 'ACTIVE'`)],
);

/**
 * Every signed document issued (R-RES-4, R-PLUS-1, R-PLUS-5): the minimum data it states, the signed payload of its
 * QR code, and the verification code (sealed, so the PDF can be rendered again). "Expired" follows from the clock;
 * withdrawal and revocation are recorded here.
 */
export const issuedDocuments = pgTable(
  'issued_documents',
  {
    id: uuid('id').primaryKey(),
    number: text('number').notNull(),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    applicationId: uuid('application_id').references(() => applications.id),
    subject: jsonb('subject').$type<DocumentSubject>().notNull(),
    subjectHash: text('subject_hash').notNull(),
    kid: text('kid').notNull().references(() => signingKeys.kid),
    payload: text('payload').notNull(),
    codeSealed: text('code_sealed').notNull(),
    issuedAt: at('issued_at').notNull(),
    /** The last day it is valid (JST, inclusive); null: no end. */
    validUntil: date('valid_until', { mode: 'string' }),
    status: text('status', { enum: DOCUMENT_STATUSES }).notNull(),
    statusChangedAt: at('status_changed_at'),
    statusReason: text('status_reason'),
    /** The caller's key for "this document, once" (e.g. one proof per pending application and content). */
    dedupeKey: text('dedupe_key'),
  },
  (t) => [
    uniqueIndex('issued_documents_number_idx').on(t.number),
    uniqueIndex('issued_documents_dedupe_idx').on(t.dedupeKey),
    index('issued_documents_application_idx').on(t.applicationId, t.issuedAt),
  ],
);

/**
 * R-CASE-2: the processing-time figures of a JST date (FigureGroup[] of src/domain/statistics), computed by the
 * first request of the day. The window ends the day before, so a date's figures never change; the row spares every
 * status page and instance the aggregate over the action log.
 */
export const processingTimeSnapshots = pgTable('processing_time_snapshots', {
  asOf: date('as_of', { mode: 'string' }).primaryKey(),
  groups: jsonb('groups').$type<unknown>().notNull(),
  computedAt: at('computed_at').notNull(),
});
