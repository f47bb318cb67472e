import type { AnswerValue, Answers } from '../../../forms/types.js';

/**
 * Autosave of a draft (R-FORM-3), without React so its rules are tested on their own: every change waits for a
 * quiet moment (debounce) and is sent as a small patch with the revision it was based on. Unsaved changes live
 * in memory and in sessionStorage until the server has them, so a session timeout (401) or a reload loses
 * nothing; a stale revision (409) reloads the draft, keeps the unsaved changes on top and sends them again.
 */

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed' }
  | { kind: 'signedOut' };

export type SaveResponse =
  | { kind: 'saved'; revision: number; savedAt: string }
  | { kind: 'stale' }
  | { kind: 'unauthenticated' }
  | { kind: 'failed' };

export interface Unsaved {
  changes: Answers;
  lastField?: string;
}

/** Where unsaved changes survive a reload of the tab (sessionStorage in the browser). */
export interface UnsavedStore {
  read(): Unsaved | undefined;
  write(unsaved: Unsaved): void;
  clear(): void;
}

export interface AutosaveDeps {
  save(revision: number, changes: Answers, lastField: string | undefined): Promise<SaveResponse>;
  /** The draft as the server has it now (after a 409); undefined when it cannot be read. */
  reload(): Promise<{ revision: number; answers: Answers } | undefined>;
  store: UnsavedStore;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  delayMs: number;
}

export interface AutosaveEvents {
  status(status: SaveStatus): void;
  /** After a 409: the server's answers with the unsaved changes on top, to show in the form. */
  merged(answers: Answers, revision: number): void;
}

/** A reload after a 409 is tried this many times in a row before giving up (someone else keeps saving). */
const MAX_STALE_RETRIES = 3;

export class Autosave {
  private revision: number;
  private unsaved: Answers = {};
  private lastField: string | undefined;
  private timer: unknown;
  private running: Promise<void> | undefined;
  private current: SaveStatus = { kind: 'idle' };

  constructor(revision: number, private readonly deps: AutosaveDeps, private readonly events: AutosaveEvents) {
    this.revision = revision;
  }

  get status(): SaveStatus {
    return this.current;
  }

  get hasUnsaved(): boolean {
    return Object.keys(this.unsaved).length > 0;
  }

  /** Changes kept from an earlier visit of this tab (a timeout, a reload), to put back into the form. */
  restore(): Unsaved | undefined {
    const stored = this.deps.store.read();
    if (!stored || Object.keys(stored.changes).length === 0) return undefined;
    this.unsaved = { ...stored.changes, ...this.unsaved };
    this.lastField = this.lastField ?? stored.lastField;
    this.setStatus({ kind: 'pending' });
    return stored;
  }

  change(field: string, value: AnswerValue): void {
    this.unsaved = { ...this.unsaved, [field]: value };
    this.lastField = field;
    this.deps.store.write({ changes: this.unsaved, lastField: field });
    if (this.current.kind === 'signedOut') return;
    this.setStatus({ kind: 'pending' });
    this.deps.clearTimer(this.timer);
    this.timer = this.deps.setTimer(() => void this.flush(), this.deps.delayMs);
  }

  /** Sends what is unsaved now; resolves when the server has it (or the attempt failed). */
  async flush(): Promise<void> {
    this.deps.clearTimer(this.timer);
    if (this.running) {
      await this.running;
      return this.hasUnsaved && this.current.kind !== 'signedOut' && this.current.kind !== 'failed' ? this.flush() : undefined;
    }
    if (!this.hasUnsaved) return;
    this.running = this.send(0).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** After the user signed in again: send what waited. */
  resume(): Promise<void> {
    if (this.current.kind === 'signedOut') this.setStatus({ kind: this.hasUnsaved ? 'pending' : 'idle' });
    return this.flush();
  }

  /** Retry after a failure ("再試行"). */
  retry(): Promise<void> {
    if (this.current.kind === 'failed') this.setStatus({ kind: 'pending' });
    return this.flush();
  }

  dispose(): void {
    this.deps.clearTimer(this.timer);
  }

  private async send(staleRetries: number): Promise<void> {
    const sent = this.unsaved;
    this.setStatus({ kind: 'saving' });
    const response = await this.deps.save(this.revision, sent, this.lastField);
    switch (response.kind) {
      case 'saved':
        this.revision = response.revision;
        this.forgetSent(sent);
        this.setStatus(this.hasUnsaved ? { kind: 'pending' } : { kind: 'saved', at: response.savedAt });
        if (this.hasUnsaved) return this.send(0);
        return;
      case 'stale':
        return this.afterStale(staleRetries);
      case 'unauthenticated':
        this.setStatus({ kind: 'signedOut' });
        return;
      case 'failed':
        this.setStatus({ kind: 'failed' });
        return;
    }
  }

  private async afterStale(staleRetries: number): Promise<void> {
    const server = staleRetries < MAX_STALE_RETRIES ? await this.deps.reload() : undefined;
    if (!server) {
      this.setStatus({ kind: 'failed' });
      return;
    }
    this.revision = server.revision;
    this.events.merged({ ...server.answers, ...this.unsaved }, server.revision);
    return this.send(staleRetries + 1);
  }

  /** Keeps a change made while the request was on its way: only values the server now has are forgotten. */
  private forgetSent(sent: Answers): void {
    const left: Answers = {};
    for (const [field, value] of Object.entries(this.unsaved)) if (sent[field] !== value) left[field] = value;
    this.unsaved = left;
    if (this.hasUnsaved) this.deps.store.write({ changes: left, lastField: this.lastField });
    else this.deps.store.clear();
  }

  private setStatus(status: SaveStatus): void {
    this.current = status;
    this.events.status(status);
  }
}

/** sessionStorage per application: the tab keeps its unsaved answers, nothing goes into the URL. */
export function sessionUnsavedStore(applicationId: string): UnsavedStore {
  const key = `zairyu.unsaved.${applicationId}`;
  return {
    read() {
      try {
        const raw = window.sessionStorage.getItem(key);
        if (!raw) return undefined;
        const parsed: unknown = JSON.parse(raw);
        return isUnsaved(parsed) ? parsed : undefined;
      } catch {
        return undefined;
      }
    },
    write(unsaved) {
      try {
        window.sessionStorage.setItem(key, JSON.stringify(unsaved));
      } catch {
        // Storage full or blocked: the changes are still in memory.
      }
    },
    clear() {
      try {
        window.sessionStorage.removeItem(key);
      } catch {
        // Nothing stored.
      }
    },
  };
}

function isUnsaved(value: unknown): value is Unsaved {
  if (typeof value !== 'object' || value === null) return false;
  const { changes, lastField } = value as { changes?: unknown; lastField?: unknown };
  return typeof changes === 'object' && changes !== null && !Array.isArray(changes) && (lastField === undefined || typeof lastField === 'string');
}
