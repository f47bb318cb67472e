import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration (validated at boot)', () => {
  it('runs on embedded defaults with no variables set', () => {
    const c = loadConfig({});
    expect(c.database).toEqual({ kind: 'pglite', dataDir: 'var/db' });
    expect(c.mail.kind).toBe('dev-mailbox');
    expect(c.storage).toEqual({ kind: 'local', dir: 'var/files' });
    expect(c.uploads).toEqual({ maxFiles: 20, maxTotalBytes: 25 * 1024 * 1024, maxFileBytes: 10 * 1024 * 1024, maxPdfPages: 100, maxImagePixels: 40_000_000 });
    expect(c.seedDemo).toBe(true);
  });

  it('switches to PostgreSQL, SMTP and S3 by environment variables', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@h/db', SMTP_URL: 'smtp://mail:25', S3_BUCKET: 'b', S3_ENDPOINT: 'http://127.0.0.1:9000' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(c.mail).toMatchObject({ kind: 'smtp', url: 'smtp://mail:25' });
    expect(c.storage).toMatchObject({ kind: 's3', bucket: 'b', endpoint: 'http://127.0.0.1:9000' });
  });

  it('names every bad variable with the reason', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://x' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL: must be a postgres://');
      expect(message).toContain('SMTP_URL: must be an smtp://');
    }
  });

  it('production requires a cookie secret and PostgreSQL, and never seeds demo data', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/COOKIE_SECRET[\s\S]*DATABASE_URL/);
    const c = loadConfig({ NODE_ENV: 'production', COOKIE_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://u@h/db' });
    expect(c.seedDemo).toBe(false);
  });

  it('S3 credentials come in pairs', () => {
    expect(() => loadConfig({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_ACCESS_KEY_ID/);
  });
});
