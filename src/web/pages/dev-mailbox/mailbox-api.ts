export interface MailboxEntry {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  sentAt: string;
}

export type MailboxResult = { kind: 'off' } | { kind: 'error' } | { kind: 'mail'; mail: MailboxEntry[] };

function isMailboxEntry(value: unknown): value is MailboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'number' && typeof v.to === 'string' && typeof v.subject === 'string' && typeof v.text === 'string'
    && (typeof v.html === 'string' || v.html === null) && typeof v.sentAt === 'string';
}

/** GET /api/dev/mailbox; a 404 means the mailbox is not registered (production, or SMTP configured). */
export async function fetchMailbox(signal?: AbortSignal): Promise<MailboxResult> {
  try {
    const response = await fetch('/api/dev/mailbox', { headers: { accept: 'application/json' }, signal });
    if (response.status === 404) return { kind: 'off' };
    if (!response.ok) return { kind: 'error' };
    const body: unknown = await response.json();
    if (!Array.isArray(body) || !body.every(isMailboxEntry)) return { kind: 'error' };
    return { kind: 'mail', mail: body };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: 'error' };
  }
}
