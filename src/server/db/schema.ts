import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Append-only, hash-chained audit log (R-EXAM-6). A trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  actorType: text('actor_type').notNull(),
  actorId: text('actor_id'),
  action: text('action').notNull(),
  subjectType: text('subject_type'),
  subjectId: text('subject_id'),
  ipAddress: text('ip_address'),
  outcome: text('outcome').notNull(),
  details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
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
