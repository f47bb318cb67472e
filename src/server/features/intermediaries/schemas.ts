import { z } from 'zod';
import { PREFECTURES } from '../../../domain/reference/bureaus.js';
import { bilingual } from '../../../domain/validation/field-errors.js';

export const PROFESSIONS = ['LAWYER', 'SCRIVENER'] as const;

/** Full-width digits, letters and hyphens as typed with a Japanese IME become half-width (NFKC). */
const halfWidth = (value: string) => value.normalize('NFKC').trim();
const text = (max: number, ja: string, en: string) =>
  z.string().transform((v) => v.normalize('NFKC').trim()).pipe(z.string().min(1, bilingual(`${ja}を入力してください。`, `Enter the ${en}.`)).max(max, bilingual(`${ja}は${max}文字以内で入力してください。`, `The ${en} must be at most ${max} characters.`)));

export const IntermediaryRegistrationRequest = z.object({
  profession: z.enum(PROFESSIONS, bilingual('弁護士または行政書士を選択してください。', 'Choose lawyer or administrative scrivener.')),
  fullName: text(100, '氏名', 'full name'),
  fullNameKana: text(100, '氏名（カナ）', 'name in katakana'),
  email: z.string().transform(halfWidth).pipe(z.email(bilingual('メールアドレスの形式が正しくありません。', 'Enter a valid email address.')).max(254)),
  phone: z.string().transform((v) => halfWidth(v).replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^0\d{9,10}$/, bilingual('電話番号は0から始まる10桁または11桁の数字で入力してください。', 'Enter a phone number of 10 or 11 digits starting with 0.'))),
  associationName: text(100, '所属弁護士会・行政書士会の名称', 'bar association or 行政書士会'),
  registrationNumber: z.string().transform(halfWidth)
    .pipe(z.string().regex(/^\d{1,8}$/, bilingual('登録番号は8桁以内の数字で入力してください。', 'Enter the registration number: up to 8 digits.'))),
  officeName: text(100, '事務所の名称', 'office name'),
  postalCode: z.string().transform((v) => halfWidth(v).replace(/[-‐−]/g, ''))
    .pipe(z.string().regex(/^\d{7}$/, bilingual('郵便番号は7桁の数字で入力してください。', 'Enter the 7-digit postal code.'))),
  prefectureCode: z.string().refine((v) => PREFECTURES.some((p) => p.code === v), bilingual('都道府県を選択してください。', 'Choose the prefecture.')),
  officeAddress: text(200, '事務所の所在地（市区町村以下）', 'office address (city and street)'),
  termsAccepted: z.literal(true, bilingual('利用規約に同意してください。', 'Please accept the terms of use.')),
}).strict();
export type IntermediaryRegistrationInput = z.infer<typeof IntermediaryRegistrationRequest>;

export const RegistrationIdParams = z.object({ id: z.uuid() });

export const RejectRequest = z.object({
  reason: z.string().trim().min(1, bilingual('不承認の理由を入力してください。', 'Enter the reason for the rejection.')).max(1000),
}).strict();

export const PendingRegistration = z.object({
  id: z.string(),
  profession: z.enum(PROFESSIONS),
  fullName: z.string(),
  fullNameKana: z.string(),
  email: z.string(),
  phone: z.string(),
  associationName: z.string(),
  registrationNumber: z.string(),
  officeName: z.string(),
  postalCode: z.string(),
  prefectureCode: z.string(),
  officeAddress: z.string(),
  office: z.string(),
  createdAt: z.string(),
});
export const PendingRegistrationList = z.object({ registrations: z.array(PendingRegistration) });

const Bilingual = z.object({ ja: z.string(), en: z.string() });
export const Done = z.object({ ok: z.literal(true), message: Bilingual.optional() });
export const PasswordRequest = z.object({ token: z.string().min(20).max(128), password: z.string().max(1024) }).strict();
