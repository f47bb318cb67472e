import type { applicationsJa } from './applications-ja.js';

/** Application entry, attachments, submission and status (R-FORM-*, R-ATT-*, R-SUB-*, R-CASE-1), English. */
export const applicationsEn: typeof applicationsJa = {
  formRenderer: {
    computed: '(calculated)',
    count: '{{length}} / {{max}} characters',
    choose: 'Choose',
    yes: 'Yes',
    no: 'No',
    rules: {
      japaneseText: 'Enter in full-width characters. Half-width letters, digits, kana and symbols are converted to full-width for you.',
      latinName: 'Latin letters as in the passport, family and given names separated by a space (up to 104). Lower-case or full-width input is changed to half-width capitals for you.',
      date: 'Choose the date (Western calendar).',
      partialDate: 'Enter as YYYY-MM-DD. If you do not know the month or day, YYYY or YYYY-MM is accepted.',
      phone: 'Digits only, up to 12. Hyphens, spaces and full-width digits are corrected for you.',
      postalCode: '7 digits. Hyphens and full-width digits are corrected for you.',
      email: 'An email address (e.g. name@example.jp)',
      integer: 'Enter a number. Full-width digits and commas are corrected for you.',
      money: 'Enter an amount in yen. Full-width digits and commas are corrected for you.',
      corporateNumber: 'The 13-digit corporate number. Hyphens and full-width digits are corrected for you.',
      country: 'Choose the nationality or region.',
      multiChoice: 'Choose all that apply.',
      group: 'Add as many rows as you need.',
      maxLength: 'Up to {{max}} characters.',
      range: 'From {{min}} to {{max}}.',
      min: 'At least {{min}}.',
      max: 'At most {{max}}.',
      maxRows: 'Up to {{max}} rows.',
    },
    group: {
      none: 'No rows yet.',
      row: 'Row {{number}}',
      remove: 'Remove row {{number}}',
      add: 'Add a row',
      full: 'You can add up to {{max}} rows.',
    },
    steps: {
      problems: '{{number}} to check',
    },
    review: {
      unanswered: '(not answered)',
      change: 'Change "{{page}}"',
    },
  },
  applications: {
    save: {
      idle: 'Changes are saved automatically',
      saving: 'Saving…',
      saved: 'Saved {{time}}',
      failed: 'Could not save',
      retry: 'Try again',
      signedOut: 'Your session has ended, so some changes are not saved yet (they are still on this page)',
      signIn: 'Sign in again',
    },
    session: {
      heading: 'Please sign in again',
      body: 'Your session ended after a period without activity. What you entered is still on this page. Sign in again to carry on from the same field; unsaved changes are then saved.',
      method: 'How to sign in',
      methods: {
        CARD: 'Sign in with the My Number card',
        PASSWORD: 'Sign in with 認証ID and password',
      },
    },
    eligibility: {
      heading: 'Can this be filed online?',
      incomplete: 'Enter the procedure, the statuses and the other details: the answer shows here.',
      allowed: 'This can be filed online',
      refused: 'This cannot be filed online',
      reasons: 'Reasons, and what you can do instead',
      notes: 'Check before you file',
    },
  },
};
