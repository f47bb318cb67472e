import type { AppContext } from '../../context.js';
import type { SessionAccount } from '../../plugins/session.js';
import { loadOwned, type Meta } from './access.js';
import { describe } from './draft-service.js';
import { listFiles } from './file-repository.js';
import { renderApplicationPdf } from './pdf.js';

export async function renderOwnPdf(ctx: AppContext, account: SessionAccount, id: string, meta: Meta): Promise<{ fileName: string; pdf: Buffer }> {
  const { filer, row } = await loadOwned(ctx, account, id, 'application.pdf', meta);
  const view = await describe(ctx, row, filer);
  const pdf = await renderApplicationPdf(view, await listFiles(ctx.database.db, id), filer, ctx.clock.now());
  const name = row.receptionNumber ? `application-${row.receptionNumber.normalize('NFKC').replace(/[^A-Za-z0-9]/g, '')}` : `application-${row.id.slice(0, 8)}`;
  return { fileName: `${name}.pdf`, pdf };
}
