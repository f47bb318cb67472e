import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CountryLookup } from '../adapters/geo-ip/country-lookup.js';

/**
 * R-OPS-1: the routes a person or organisation abroad must reach. This is the one declaration of them: the public
 * verification page (with the web app's static files it loads) and its API, and the published verification keys
 * (R-PLUS-1), and the e-COE link forwarded to the person abroad (R-RES-2): its page and its three API routes.
 */
export const WORLD_OPEN_ROUTES: readonly RegExp[] = [
  /^\/verify\/?$/,
  /^\/assets\/[A-Za-z0-9._-]+$/,
  /^\/api\/v1\/verification\/keys$/,
  /^\/api\/v1\/verification\/check$/,
  /^\/api\/v1\/verification\/payload$/,
  /^\/ecoe\/[A-Za-z0-9-]+\/?$/,
  /^\/api\/v1\/ecoe\/[A-Za-z0-9-]+\/(view|pdf|receipt)$/,
];

const PAGE_STYLE = `body{font-family:"Noto Sans JP",system-ui,sans-serif;margin:0;color:#1a1a1c;line-height:1.7}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2rem}
section+section{border-top:1px solid #ccc;margin-top:2rem}`;
const STYLE_HASH = createHash('sha256').update(PAGE_STYLE).digest('base64');

export const REGION_PAGE_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export const REGION_PAGE_HTML = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>日本国外からはご利用いただけません / Not available from outside Japan</title><style>${PAGE_STYLE}</style></head>
<body><main>
<section lang="ja"><h1>日本国外からはご利用いただけません</h1>
<p>在留申請オンラインシステムは、日本国内に在留する方のための手続です。セキュリティのため、日本国外のIPアドレスからの接続はお断りしています（在留申請は日本国外からは行えません）。</p>
<p>日本国内から接続しているのにこの画面が表示される場合は、VPNやプロキシを切ってから再度お試しいただくか、最寄りの地方出入国在留管理局にお問い合わせください。</p>
<p>電子的な在留資格認定証明書や交付書類の真正性の確認ページは、国外からもご利用いただけます。</p></section>
<section lang="en"><h2>Not available from outside Japan</h2>
<p>The Online Residence Application System is for people residing in Japan. For security, connections from IP addresses outside Japan are refused (residence applications cannot be filed from abroad).</p>
<p>If you are in Japan and see this page, switch off any VPN or proxy and try again, or contact your regional immigration services bureau.</p>
<p>The page that verifies electronic Certificates of Eligibility and other issued documents remains open from abroad.</p></section>
</main></body></html>`;

export function isWorldOpen(url: string): boolean {
  const path = url.split('?')[0] ?? url;
  return WORLD_OPEN_ROUTES.some((r) => r.test(path));
}

export function registerRegionRestriction(app: FastifyInstance, lookup: CountryLookup): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply) => {
    if (isWorldOpen(request.url)) return;
    const verdict = lookup.classify(request.ip);
    if (verdict === 'JAPAN' || verdict === 'LOCAL') return;
    request.log.info({ region: verdict }, 'request refused: outside Japan');
    const wantsJson = request.url.startsWith('/api/') || !(request.headers.accept ?? '').includes('text/html');
    reply.status(403);
    if (wantsJson) {
      return reply.send({
        error: 'FORBIDDEN_REGION',
        message: {
          ja: '日本国外のIPアドレスからはご利用いただけません。',
          en: 'This service cannot be used from IP addresses outside Japan.',
        },
      });
    }
    return reply.header('content-security-policy', REGION_PAGE_CSP).type('text/html; charset=utf-8').send(REGION_PAGE_HTML);
  });
}
