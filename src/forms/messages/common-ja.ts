/**
 * The engine's error texts (R-FORM-4: every message names the field and says how to fix it).
 * `{label}` is the field's label; a group cell's label names the row.
 */
export const COMMON_JA = {
  'error.cellLabel': '{group}（{row}行目）の{column}',
  'error.required': '「{label}」を入力してください（必須項目です）。',
  'error.requiredChoice': '「{label}」を選択してください（必須項目です）。',
  'error.requiredRows': '「{label}」を1行以上入力してください（必須項目です）。',
  'error.malformed': '「{label}」の値の形式が正しくありません。入力し直してください。',
  'error.tooLong': '「{label}」は{max}文字以内で入力してください（現在{length}文字）。',
  'error.latinName': '「{label}」はパスポートのとおり、ローマ字（A～Z）を空白で区切って入力してください（例: SMITH JOHN）。',
  'error.date': '「{label}」は実在する日付を YYYY-MM-DD の形式で入力してください（例: 2026-04-01）。',
  'error.partialDate': '「{label}」は YYYY-MM-DD の形式で入力してください。月・日が分からない場合は YYYY-MM 又は YYYY だけを入力できます。',
  'error.phone': '「{label}」は数字だけで12桁以内で入力してください（例: 0312345678）。',
  'error.postalCode': '「{label}」は7桁の数字で入力してください（例: 1000013）。',
  'error.email': '「{label}」はメールアドレスの形式で入力してください（例: name@example.jp）。',
  'error.integer': '「{label}」は整数（数字だけ）で入力してください。',
  'error.money': '「{label}」は0以上の金額を円単位の整数で入力してください（例: 250000）。',
  'error.range': '「{label}」は{min}以上{max}以下の数を入力してください。',
  'error.min': '「{label}」は{min}以上の数を入力してください。',
  'error.max': '「{label}」は{max}以下の数を入力してください。',
  'error.corporateNumber': '「{label}」は13桁の法人番号を入力してください（番号が正しくありません。法人番号公表サイトで確認できます）。',
  'error.passportNumber': '「{label}」は旅券（パスポート）に記載のとおり、英字と数字だけで入力してください（20文字以内）。',
  'error.residenceCardNumber': '「{label}」は在留カードの右上の番号を、英字2文字・数字8桁・英字2文字で入力してください（例: AB12345678CD）。',
  'error.dateNotBefore': '「{label}」は「{other}」と同じ日か、それより後の日付を入力してください。',
  'error.dateAfter': '「{label}」は「{other}」より後の日付を入力してください。',
  'error.phoneOrMobile': '「{label}」又は「{other}」の少なくとも一方を入力してください。',
  'error.choice': '「{label}」は選択肢の中から選んでください。',
  'error.country': '「{label}」は一覧から国・地域を選んでください。',
  'error.status': '「{label}」は一覧から在留資格を選んでください。',
  'error.yesNo': '「{label}」は「はい」又は「いいえ」で答えてください。',
  'error.tooManyRows': '「{label}」は{max}行までです。{max}行を超える分を削除してください。',
} as const;

export type CommonMessageKey = keyof typeof COMMON_JA;
