import type { statisticsJa } from './statistics-ja.js';

/** The public processing-time statistics (R-CASE-2), English. */
export const statisticsEn: typeof statisticsJa = {
  statistics: {
    title: 'Processing times',
    heading: 'Processing times',
    intro: 'For applications filed online and then granted or refused: the days from acceptance (when the reception number is assigned) to the decision, per regional immigration services bureau, procedure and status of residence.',
    medianExplained: 'Median: half of the applications were decided within this many days.',
    p80Explained: '80 %: eight in ten applications were decided within this many days.',
    basis: 'Applications decided in the {{days}} days from {{from}} to {{to}} (updated daily).',
    minimum: 'Where fewer than {{number}} applications were decided, no days are shown (“not enough data yet”).',
    filters: 'Filters',
    bureauLabel: 'Regional immigration services bureau',
    bureauHint: 'Applications to a district office are counted with its regional bureau.',
    procedureLabel: 'Procedure',
    all: 'All',
    loading: 'Loading the statistics…',
    error: 'The statistics could not be loaded. Please try again later.',
    empty: 'No application matching these filters was decided in this period yet.',
    shown: 'Tables shown: {{number}}.',
    allStatuses: 'All statuses of residence',
    columns: {
      status: 'Status of residence',
      cases: 'Decided',
      median: 'Median (days)',
      p80: '80 % (days)',
    },
    notEnoughData: 'Not enough data yet',
    footerLink: 'Processing times',
  },
};
