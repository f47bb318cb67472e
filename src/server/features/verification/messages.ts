import type { Bilingual } from '../../../domain/validation/field-errors.js';

export const VERIFICATION_MESSAGES = {
  applicationIncomplete: {
    ja: 'この申請には、証明書に記載する氏名・国籍・生年月日又は在留資格が揃っていません。',
    en: 'This application lacks the name, nationality, date of birth or status of residence that the proof states.',
  },
  notFound: { ja: '文書が見つかりません。', en: 'The document was not found.' },
} satisfies Record<string, Bilingual>;
