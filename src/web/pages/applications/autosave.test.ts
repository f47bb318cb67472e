import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../forms/types.js';
import { Autosave, type SaveResponse, type SaveStatus, type Unsaved, type UnsavedStore } from './autosave.js';

interface Call { revision: number; changes: Answers; lastField: string | undefined }

function harness(options: { revision?: number; server?: { revision: number; answers: Answers }; stored?: Unsaved } = {}) {
  const calls: Call[] = [];
  const responses: (SaveResponse | Promise<SaveResponse>)[] = [];
  const statuses: SaveStatus['kind'][] = [];
  const merges: { answers: Answers; revision: number }[] = [];
  let stored: Unsaved | undefined = options.stored;
  let timer: (() => void) | undefined;
  const store: UnsavedStore = { read: () => stored, write: (u) => { stored = u; }, clear: () => { stored = undefined; } };
  const autosave = new Autosave(options.revision ?? 1, {
    save: async (revision, changes, lastField) => {
      calls.push({ revision, changes, lastField });
      return responses.shift() ?? { kind: 'saved', revision: revision + 1, savedAt: '2026-05-01T01:02:03.000Z' };
    },
    reload: async () => options.server,
    store,
    setTimer: (run) => { timer = run; return run; },
    clearTimer: () => { timer = undefined; },
    delayMs: 800,
  }, { status: (s) => statuses.push(s.kind), merged: (answers, revision) => merges.push({ answers, revision }) });
  return {
    autosave, calls, responses, statuses, merges,
    stored: () => stored,
    fireTimer: async () => { const run = timer; timer = undefined; run?.(); await autosave.flush(); },
    hasTimer: () => timer !== undefined,
  };
}

describe('R-FORM-3 autosave of a draft', () => {
  it('waits for a quiet moment, then sends every change since the last save in one patch with the revision', async () => {
    const h = harness({ revision: 4 });
    h.autosave.change('applicant.name', 'NGUYEN');
    h.autosave.change('applicant.name', 'NGUYEN VAN AN');
    h.autosave.change('applicant.sex', 'M');
    expect(h.calls).toEqual([]);
    expect(h.hasTimer()).toBe(true);
    await h.fireTimer();
    expect(h.calls).toEqual([{ revision: 4, changes: { 'applicant.name': 'NGUYEN VAN AN', 'applicant.sex': 'M' }, lastField: 'applicant.sex' }]);
    expect(h.autosave.status).toEqual({ kind: 'saved', at: '2026-05-01T01:02:03.000Z' });
    expect(h.stored()).toBeUndefined();
  });

  it('uses the revision the server returned for the next patch', async () => {
    const h = harness({ revision: 1 });
    h.autosave.change('a', 'x');
    await h.fireTimer();
    h.autosave.change('b', 'y');
    await h.fireTimer();
    expect(h.calls.map((c) => c.revision)).toEqual([1, 2]);
  });

  it('keeps the changes in storage until the server has them', async () => {
    const h = harness();
    h.autosave.change('applicant.name', 'AN');
    expect(h.stored()).toEqual({ changes: { 'applicant.name': 'AN' }, lastField: 'applicant.name' });
  });

  it('at a session timeout (401) keeps every change, stops sending, and sends them after sign-in', async () => {
    const h = harness({ revision: 7 });
    h.responses.push({ kind: 'unauthenticated' });
    h.autosave.change('applicant.name', 'AN');
    await h.fireTimer();
    expect(h.autosave.status.kind).toBe('signedOut');
    h.autosave.change('applicant.sex', 'F');
    expect(h.hasTimer()).toBe(false);
    expect(h.stored()).toEqual({ changes: { 'applicant.name': 'AN', 'applicant.sex': 'F' }, lastField: 'applicant.sex' });
    await h.autosave.resume();
    expect(h.calls.at(-1)).toEqual({ revision: 7, changes: { 'applicant.name': 'AN', 'applicant.sex': 'F' }, lastField: 'applicant.sex' });
    expect(h.autosave.status.kind).toBe('saved');
    expect(h.stored()).toBeUndefined();
  });

  it('restores the changes a reload of the tab left in storage and sends them', async () => {
    const h = harness({ stored: { changes: { 'applicant.name': 'KEPT' }, lastField: 'applicant.name' } });
    expect(h.autosave.restore()).toEqual({ changes: { 'applicant.name': 'KEPT' }, lastField: 'applicant.name' });
    await h.autosave.flush();
    expect(h.calls).toEqual([{ revision: 1, changes: { 'applicant.name': 'KEPT' }, lastField: 'applicant.name' }]);
  });

  it('on a stale revision (409) reloads, shows the server answers with the unsaved changes on top, and sends again', async () => {
    const h = harness({ revision: 2, server: { revision: 5, answers: { 'applicant.name': 'OTHER', 'applicant.sex': 'M' } } });
    h.responses.push({ kind: 'stale' });
    h.autosave.change('applicant.name', 'MINE');
    await h.fireTimer();
    expect(h.merges).toEqual([{ answers: { 'applicant.name': 'MINE', 'applicant.sex': 'M' }, revision: 5 }]);
    expect(h.calls.map((c) => c.revision)).toEqual([2, 5]);
    expect(h.autosave.status.kind).toBe('saved');
  });

  it('gives up after repeated conflicts and offers a retry', async () => {
    const h = harness({ server: { revision: 9, answers: {} } });
    h.responses.push({ kind: 'stale' }, { kind: 'stale' }, { kind: 'stale' }, { kind: 'stale' });
    h.autosave.change('x', '1');
    await h.fireTimer();
    expect(h.autosave.status.kind).toBe('failed');
    expect(h.stored()?.changes).toEqual({ x: '1' });
    await h.autosave.retry();
    expect(h.autosave.status.kind).toBe('saved');
  });

  it('a failure keeps the changes and "retry" sends them', async () => {
    const h = harness();
    h.responses.push({ kind: 'failed' });
    h.autosave.change('x', '1');
    await h.fireTimer();
    expect(h.autosave.status.kind).toBe('failed');
    await h.autosave.retry();
    expect(h.calls).toHaveLength(2);
    expect(h.autosave.status.kind).toBe('saved');
  });

  it('a change typed while a save is on its way is not lost: it is sent after', async () => {
    const h = harness({ revision: 1 });
    let answer: (r: SaveResponse) => void = () => undefined;
    h.responses.push(new Promise<SaveResponse>((resolve) => { answer = resolve; }));
    h.autosave.change('a', '1');
    const first = h.autosave.flush();
    h.autosave.change('a', '12');
    answer({ kind: 'saved', revision: 2, savedAt: '2026-05-01T00:00:00.000Z' });
    await first;
    expect(h.calls.map((c) => c.changes)).toEqual([{ a: '1' }, { a: '12' }]);
    expect(h.calls[1]?.revision).toBe(2);
    expect(h.stored()).toBeUndefined();
  });
});
