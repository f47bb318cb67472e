import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testStorageEnv } from './test-support.js';

const ROUTES: [string, string][] = [
  ['get', '/api/v1/applications'], ['post', '/api/v1/applications'], ['post', '/api/v1/applications/import'],
  ['get', '/api/v1/applications/{id}'], ['delete', '/api/v1/applications/{id}'], ['patch', '/api/v1/applications/{id}/answers'],
  ['get', '/api/v1/applications/{id}/export'], ['put', '/api/v1/applications/{id}/photo'], ['get', '/api/v1/applications/{id}/photo'],
  ['post', '/api/v1/applications/{id}/attachments'], ['get', '/api/v1/applications/{id}/attachments/{attachmentId}'],
  ['delete', '/api/v1/applications/{id}/attachments/{attachmentId}'], ['put', '/api/v1/applications/{id}/receipt-method'],
  ['post', '/api/v1/applications/{id}/submit'], ['post', '/api/v1/applications/{id}/resubmit'], ['post', '/api/v1/applications/{id}/withdraw'], ['get', '/api/v1/applications/{id}/timeline'],
  ['get', '/api/v1/applications/{id}/pdf'],
];

describe('R-PLUS-9 the applications API is documented', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', testStorageEnv({ TEST_CLOCK_CONTROL: 'true' }));
  });
  afterAll(async () => {
    await t.close();
  });

  it('every route the web pages use is in the OpenAPI document with a summary; the test clock is not', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { summary?: string; tags?: string[] }>> };
    for (const [method, path] of ROUTES) {
      const operation = doc.paths[path]?.[method];
      expect(operation, `${method} ${path}`).toBeDefined();
      expect(operation?.summary, `${method} ${path}`).toMatch(/\w/);
      expect(operation?.tags).toEqual(['applications']);
    }
    expect(doc.paths['/api/test/clock']).toBeUndefined();
    expect(JSON.stringify(doc.paths['/api/v1/applications/{id}/submit']?.post)).toContain('missingDocuments');
  });
});
