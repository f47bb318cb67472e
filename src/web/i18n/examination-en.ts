import type { examinationJa } from './examination-ja.js';

/** English for the examination panel and the filer's document requests and messages; the same keys as Japanese. */
export const examinationEn: typeof examinationJa = {
  examination: {
    title: 'Examination', loadFailed: 'The examination could not be loaded.', done: 'Saved.',
    requests: {
      title: 'Requests for additional documents', none: 'No documents have been requested.', deadline: 'Deadline', items: 'Documents to request (one per line)',
      message: 'Note to the filer (optional)', send: 'Request the documents', close: 'Close the request', closeReason: 'Reason for closing',
      state: { OPEN: 'Awaiting answers', ANSWERED: 'Answered', CLOSED: 'Closed' }, answered: 'Submitted', notAnswered: 'Not submitted', file: 'File {{n}}',
    },
    messages: { title: 'Messages', none: 'No messages yet.', body: 'Message', send: 'Send', side: { FILER: 'Filer', BUREAU: 'Bureau' } },
    notes: { title: 'Notes (internal)', none: 'No notes yet.', body: 'Note', add: 'Add the note' },
    correction: { title: 'Correct the submitted content (at the filer\'s request)', question: 'Item', value: 'Corrected value', reason: 'Reason', submit: 'Correct' },
    decision: {
      title: 'Decision', proposal: 'Proposal in force', noProposal: 'No decision has been proposed.', approved: 'Approved', notApproved: 'Not approved',
      approvalRequired: 'At this bureau, another decision maker must approve before the decision.', kind: 'Decision', grant: 'Grant', refuse: 'Refuse',
      status: 'Status of residence', period: 'Period of stay', reason: 'Reason for the refusal', propose: 'Propose the decision', approve: 'Approve the proposal',
      decideGrant: 'Grant', decideRefuse: 'Refuse',
    },
  },
  documentRequests: {
    title: 'Requests for additional documents', none: 'No documents have been requested.', deadline: 'Deadline: {{date}}', answered: 'Submitted',
    choose: 'Files for "{{item}}"', upload: 'Submit', uploaded: 'Submitted.', loadFailed: 'Could not be loaded.',
    messagesTitle: 'Messages with the bureau', noMessages: 'No messages yet.', messageLabel: 'Message to the bureau', send: 'Send', sent: 'Sent.',
    side: { FILER: 'You', BUREAU: 'Bureau' },
  },
};
