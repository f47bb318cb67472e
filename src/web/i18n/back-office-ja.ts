/** The back office's case pages (R-EXAM-2, R-EXAM-3), Japanese (the source language). */
export const backOfficeJa = {
  backOffice: {
    queue: {
      intakeTitle: '受付待ちの申請', workTitle: '案件一覧', filters: '絞り込み', status: '状況', procedure: '申請の種類', any: 'すべて',
      receivedFrom: '受付日（から）', receivedTo: '受付日（まで）', overdueOnly: '期限超過のみ', loadFailed: '一覧を読み込めませんでした。',
      counts: '状況ごとの件数', total: '{{count}} 件', totalMoreThan: '{{count}} 件超（絞り込むと正確な件数を表示します）', moreThan: '{{count}} 件超', received: '申請日時', receptionNumber: '受付番号', applicant: '申請人', holder: '担当者',
      overdue: '期限超過', noNumber: '未付与', paging: 'ページ', previous: '前へ', next: '次へ', pageOf: '{{page}} / {{pages}} ページ',
      open: '対応中（完了・取下げ・不許可を除く）', all: 'すべて（完了したものを含む）',
      kind: '種別', kinds: { APPLICATION: '在留申請', USAGE_APPLICATION: '利用申出', PERIODIC_REPORT: '定期報告' }, kindCount: '{{name}}（{{count}}）',
      filed: '提出日', organisation: '機関', usageKind: { NEW: '新規', ADDITIONAL: '追加' }, reviewStatus: '状況', openReview: '審査画面を開く',
    },
    case: {
      title: '申請の審査', status: '状況', receptionNumber: '受付番号', applicant: '申請人', holder: '担当者', nobody: 'なし', actions: '操作',
      claim: '担当する', release: '担当を外れる', accept: '受付（受付番号を付与）', return: '差し戻す', returnReasons: '差戻しの理由（1行に1つ）',
      formatCheck: '形式審査', noProblems: '形式上の不備は見つかりませんでした。', missing: '不足している資料: {{code}}', checklist: '提出書類チェックリスト',
      received: '提出済み', notReceived: '未提出', files: '添付ファイル', answers: '申請内容', history: '経過',
      done: { claim: '担当しました。', release: '担当を外れました。', accept: '受付番号 {{number}} を付与しました。', return: '差し戻しました。' },
    },
  },
};
