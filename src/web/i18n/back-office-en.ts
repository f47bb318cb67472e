import type { backOfficeJa } from './back-office-ja.js';

/** The back office's case pages (R-EXAM-2, R-EXAM-3), English. */
export const backOfficeEn: typeof backOfficeJa = {
  backOffice: {
    queue: {
      intakeTitle: 'Submissions awaiting intake', workTitle: 'Cases', filters: 'Filters', status: 'Status', procedure: 'Procedure', any: 'Any',
      receivedFrom: 'Received from', receivedTo: 'Received until', overdueOnly: 'Overdue only', loadFailed: 'The list could not be loaded.',
      counts: 'Cases per status', total: '{{count}} cases', totalMoreThan: 'More than {{count}} cases (filter to see the exact number)', moreThan: 'more than {{count}}', received: 'Submitted', receptionNumber: 'Reception number', applicant: 'Applicant', holder: 'Held by',
      overdue: 'overdue', noNumber: 'Not assigned', paging: 'Pages', previous: 'Previous', next: 'Next', pageOf: 'Page {{page}} of {{pages}}',
      open: 'Open (not completed, withdrawn or refused)', all: 'All (closed ones included)',
      kind: 'Kind', kinds: { APPLICATION: 'Residence applications', USAGE_APPLICATION: 'Usage applications', PERIODIC_REPORT: 'Periodic reports' }, kindCount: '{{name}} ({{count}})',
      filed: 'Filed', organisation: 'Organisation', usageKind: { NEW: 'new', ADDITIONAL: 'additional' }, reviewStatus: 'Status', openReview: 'Open the review',
    },
    case: {
      title: 'Case examination', status: 'Status', receptionNumber: 'Reception number', applicant: 'Applicant', holder: 'Held by', nobody: 'Nobody', actions: 'Actions',
      claim: 'Claim', release: 'Release', accept: 'Accept (assign a reception number)', return: 'Return for correction', returnReasons: 'Reasons for the return (one per line)',
      formatCheck: 'Format check', noProblems: 'No defects in form were found.', missing: 'Missing document: {{code}}', checklist: 'Document checklist',
      received: 'Received', notReceived: 'Not received', files: 'Attachments', answers: 'Answers', history: 'History',
      done: { claim: 'You now hold this case.', release: 'You released this case.', accept: 'Reception number {{number}} assigned.', return: 'The application was returned.' },
    },
  },
};
