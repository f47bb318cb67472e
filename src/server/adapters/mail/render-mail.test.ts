import { describe, expect, it } from 'vitest';
import { renderMail, type BilingualMail } from './render-mail.js';

const received: BilingualMail = {
  subjectJa: '【在留オンライン】申請を受け付けました',
  subjectEn: '[Zairyu Online] Your application has been received',
  bodyJa: 'グエン様\n\n申請を受け付けました。\n受付番号：TKY-2026-000123\n\n状況はこちら：https://zairyu.example/applications/123?tab=status&lang=ja',
  bodyEn: 'Dear NGUYEN,\n\nWe have received your application.\nReception number: TKY-2026-000123',
};

describe('bilingual mail templates (R-MAIL-1)', () => {
  it('puts Japanese first and English below, in the subject, the text and the HTML', () => {
    const mail = renderMail(received);
    expect(mail.subject).toBe('【在留オンライン】申請を受け付けました / [Zairyu Online] Your application has been received');
    expect(mail.text.indexOf('申請を受け付けました。')).toBeLessThan(mail.text.indexOf('We have received your application.'));
    expect(mail.text).toContain('受付番号：TKY-2026-000123\n');
    expect(mail.text).toMatch(/tab=status&lang=ja\n\n-{40}\n\nDear NGUYEN,/);
    expect(mail.html.indexOf('<div lang="ja">')).toBeLessThan(mail.html.indexOf('<div lang="en">'));
    expect(mail.html).toContain('<html lang="ja">');
    expect(mail.html).toContain('<p>申請を受け付けました。<br>受付番号：TKY-2026-000123</p>');
  });

  it('escapes HTML in every part and links URLs safely', () => {
    const mail = renderMail({
      subjectJa: '<b>件名</b>', subjectEn: 'Subject & "more"',
      bodyJa: '<script>alert("x")</script> & \'quote\'', bodyEn: 'Go to https://zairyu.example/a?x=1&y=2 now, not javascript:alert(1)',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39;');
    expect(mail.html).toContain('<title>&lt;b&gt;件名&lt;/b&gt; / Subject &amp; &quot;more&quot;</title>');
    expect(mail.html).toContain('<a href="https://zairyu.example/a?x=1&amp;y=2">https://zairyu.example/a?x=1&amp;y=2</a> now, not javascript:alert(1)');
    expect(mail.html).not.toContain('href="javascript');
    expect(mail.text).toContain('<script>alert("x")</script>'); // plain text is not HTML: left as written
  });

  it('keeps the subject on one line (no header injection)', () => {
    const mail = renderMail({ ...received, subjectEn: 'Hello\r\nBcc: victim@example.com' });
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('renders only the chosen language when the user chose one', () => {
    const ja = renderMail(received, 'ja');
    expect(ja.subject).toBe('【在留オンライン】申請を受け付けました');
    expect(ja.text).not.toContain('Dear');
    expect(ja.html).not.toContain('lang="en"');
    const en = renderMail(received, 'en');
    expect(en.subject).toBe('[Zairyu Online] Your application has been received');
    expect(en.text).not.toContain('申請');
    expect(en.html).toContain('<html lang="en">');
  });

  it('normalises line endings and trailing spaces', () => {
    const mail = renderMail({ ...received, bodyJa: '一行目  \r\n二行目\r\n\r\n\r\n三段落', bodyEn: 'x' }, 'ja');
    expect(mail.text).toBe('一行目\n二行目\n\n三段落\n');
    expect(mail.html).toContain('<p>一行目<br>二行目</p><p>三段落</p>');
  });
});
