import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { isUniqueViolation } from '../../db/errors.js';
import { intermediaryRegistrations } from '../../db/schema.js';

describe.each(testBackends())('intermediary registration numbers (R-AUTH-5) on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend);
  });
  afterAll(async () => t.close());

  const registration = (profession: 'LAWYER' | 'SCRIVENER', registrationNumber: string, status: 'PENDING' | 'APPROVED' | 'REJECTED') => {
    const now = t.clock.now();
    return {
      id: randomUUID(), status, profession, fullName: '弁護 太郎', fullNameKana: 'ベンゴ タロウ', email: 'lawyer@example.test', phone: '0312345678',
      associationName: '第二東京弁護士会', registrationNumber, officeName: '弁護法律事務所', postalCode: '1000001', prefectureCode: '13',
      officeAddress: '千代田区千代田1-1', office: 'TOKYO', createdAt: now, updatedAt: now,
    };
  };
  const insert = (row: ReturnType<typeof registration>) => t.ctx.database.db.insert(intermediaryRegistrations).values(row);

  it('R-AUTH-5 the database holds one open (waiting or approved) registration per profession and number, even when two requests race past the service check', async () => {
    await insert(registration('LAWYER', '12345', 'PENDING'));
    const refused = await insert(registration('LAWYER', '12345', 'PENDING')).then(() => undefined, (error: unknown) => error);
    expect(isUniqueViolation(refused)).toBe(true); // what the service maps to its 409
    await expect(insert(registration('LAWYER', '12345', 'APPROVED'))).rejects.toThrow();
    await insert(registration('SCRIVENER', '12345', 'PENDING'));
    await insert(registration('LAWYER', '67890', 'REJECTED'));
    await insert(registration('LAWYER', '67890', 'REJECTED'));
    await insert(registration('LAWYER', '67890', 'PENDING'));
    await expect(insert(registration('LAWYER', '67890', 'PENDING'))).rejects.toThrow();
  });
});
