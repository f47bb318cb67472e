export interface BilingualMail {
  subjectJa: string;
  subjectEn: string;
  /** Plain text; blank lines separate paragraphs; http(s) URLs become links in the HTML part. */
  bodyJa: string;
  bodyEn: string;
}

/** Both languages (Japanese first, like the real system) or only the one the user chose (R-MAIL-1). */
export type MailLanguage = 'both' | 'ja' | 'en';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const SEPARATOR = '----------------------------------------';

/** Renders a bilingual mail as text and HTML: Japanese first, then English; every user-supplied character escaped. */
export function renderMail(mail: BilingualMail, language: MailLanguage = 'both'): RenderedMail {
  const ja = normalise(mail.bodyJa);
  const en = normalise(mail.bodyEn);
  switch (language) {
    case 'ja':
      return { subject: oneLine(mail.subjectJa), text: `${ja}\n`, html: page('ja', oneLine(mail.subjectJa), [section('ja', ja)]) };
    case 'en':
      return { subject: oneLine(mail.subjectEn), text: `${en}\n`, html: page('en', oneLine(mail.subjectEn), [section('en', en)]) };
    case 'both': {
      const subject = `${oneLine(mail.subjectJa)} / ${oneLine(mail.subjectEn)}`;
      return {
        subject,
        text: `${ja}\n\n${SEPARATOR}\n\n${en}\n`,
        html: page('ja', subject, [section('ja', ja), '<hr>', section('en', en)]),
      };
    }
  }
}

/** A subject is one header line: a line break in it would end the header (header injection). */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/;

/** Escapes a line and turns its http(s) URLs into links (the URL is escaped in both the href and the text). */
function linkify(line: string): string {
  return line
    .split(URL_PATTERN)
    .map((part, i) => (i % 2 === 1 ? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>` : escapeHtml(part)))
    .join('');
}

function section(lang: 'ja' | 'en', body: string): string {
  const paragraphs = body.split(/\n{2,}/).map((p) => `<p>${p.split('\n').map(linkify).join('<br>')}</p>`);
  return `<div lang="${lang}">${paragraphs.join('')}</div>`;
}

function page(lang: 'ja' | 'en', subject: string, parts: string[]): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`
    + `<body style="font-family: sans-serif; line-height: 1.6">${parts.join('')}</body></html>`;
}
