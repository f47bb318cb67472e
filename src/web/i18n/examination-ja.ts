/** The examination panel (R-EXAM-4) and the filer's document requests and messages (R-CASE-3, R-CASE-4), Japanese. */
export const examinationJa = {
  examination: {
    title: '審査', loadFailed: '審査の情報を読み込めませんでした。', done: '登録しました。',
    requests: {
      title: '資料提出通知', none: '資料提出通知はありません。', deadline: '提出期限', items: '提出を求める資料（1行に1つ）',
      message: '申請者へのお知らせ（任意）', send: '資料の提出を求める', close: '資料提出通知を終了する', closeReason: '終了の理由',
      state: { OPEN: '回答待ち', ANSWERED: '回答済み', CLOSED: '終了' }, answered: '提出済み', notAnswered: '未提出', file: 'ファイル {{n}}',
    },
    messages: { title: 'メッセージ', none: 'メッセージはありません。', body: 'メッセージ', send: '送信する', side: { FILER: '申請者', BUREAU: '入管' } },
    notes: { title: '審査メモ（内部）', none: 'メモはありません。', body: 'メモ', add: 'メモを追加する' },
    correction: { title: '申請内容の訂正（申請者の依頼による）', question: '項目', value: '訂正後の内容', reason: '理由', submit: '訂正する' },
    decision: {
      title: '処分', proposal: '現在の処分案', noProposal: '処分案はありません。', approved: '承認済み', notApproved: '未承認',
      approvalRequired: 'この官署では、処分の前に別の決裁者の承認が必要です。', kind: '処分', grant: '許可', refuse: '不許可',
      status: '在留資格', period: '在留期間', reason: '不許可の理由', propose: '処分案を起案する', approve: '処分案を承認する',
      decideGrant: '許可する', decideRefuse: '不許可とする',
    },
  },
  documentRequests: {
    title: '資料提出通知', none: '資料提出通知はありません。', deadline: '提出期限: {{date}}', answered: '提出済み',
    choose: '「{{item}}」のファイル', upload: '提出する', uploaded: '提出しました。', loadFailed: '読み込めませんでした。',
    messagesTitle: '入管とのメッセージ', noMessages: 'メッセージはありません。', messageLabel: '入管へのメッセージ', send: '送信する', sent: '送信しました。',
    side: { FILER: 'あなた', BUREAU: '入管' },
  },
};
