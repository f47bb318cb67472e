import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bilingual, toFieldErrors } from './field-errors.js';

const errorsOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return toFieldErrors(result.error.issues);
};

describe('bilingual field errors', () => {
  it('a schema’s own message comes back in both languages, with the dotted path', () => {
    const schema = z.object({ applicant: z.object({ name: z.string().min(1, bilingual('氏名を入力してください。', 'Enter the name.')) }) });
    expect(errorsOf(schema, { applicant: { name: '' } })).toEqual([{ path: 'applicant.name', message: { ja: '氏名を入力してください。', en: 'Enter the name.' } }]);
  });

  it('zod’s own enum message (which contains "|") is not mistaken for a bilingual one', () => {
    const [error] = errorsOf(z.object({ kind: z.enum(['A', 'B']) }), { kind: 'C' });
    expect(error?.message).toEqual({ ja: '次のいずれかを指定してください: A, B', en: 'Must be one of: A, B' });
  });

  it('a missing field says it is required', () => {
    expect(errorsOf(z.object({ a: z.string() }), {})[0]?.message.en).toBe('This field is required.');
  });
});
