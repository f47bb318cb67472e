import { describe, expect, it } from 'vitest';
import { documentKindOf, replyDocumentIssues, requestingDocumentIssues } from './usage-documents.js';

describe('usage application documents (R-ORG-1)', () => {
  it.each([
    // fields sent, has a requesting organisation, paths refused
    [['requestLetter', 'pledge'], true, []],
    [['pledge', 'requestLetter'], true, []],
    [[], true, ['requestLetter', 'pledge']],
    [['requestLetter'], true, ['pledge']],
    [['requestLetter', 'requestLetter', 'pledge'], true, ['requestLetter']],
    [['requestLetter', 'pledge', 'photo'], true, ['photo']],
    [[], false, []],
    [['requestLetter'], false, ['requestLetter']],
  ] as const)('files %j with a requesting organisation %s → refused %j', (fields, hasRequesting, refused) => {
    const issues = requestingDocumentIssues(fields, hasRequesting);
    expect(issues.map((i) => i.path).sort()).toEqual([...refused].sort());
    for (const issue of issues) expect(issue.message.ja.length > 0 && issue.message.en.length > 0).toBe(true);
  });

  it('a reply carries documents in its one field; the kinds follow the field', () => {
    expect(replyDocumentIssues(['documents', 'documents'])).toEqual([]);
    expect(replyDocumentIssues(['documents', 'pledge']).map((i) => i.path)).toEqual(['pledge']);
    expect([documentKindOf('requestLetter'), documentKindOf('pledge'), documentKindOf('documents')]).toEqual(['REQUEST_LETTER', 'PLEDGE', 'REPLY_DOCUMENT']);
  });
});
