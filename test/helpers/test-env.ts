import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateFile: string;
    postgresTemplateDb: string | null;
  }
}

/** TEST_DATABASE_URL names a PostgreSQL server whose user may create databases; default the local one. */
export function postgresAdminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function postgresUrlFor(database: string): string {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export function pgliteTemplateFile(): string {
  return inject('pgliteTemplateFile');
}

export function postgresTemplateDb(): string | null {
  return inject('postgresTemplateDb');
}
