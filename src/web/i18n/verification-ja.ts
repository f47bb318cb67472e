/** The public verification page (R-PLUS-1), Japanese (the source language). */
export const verificationJa = {
  verification: {
    title: '交付文書の確認',
    heading: '交付文書の確認',
    lead: '在留申請オンラインシステムが発行した文書（電子の在留資格認定証明書、資格外活動許可書、処分通知書、申請中であることの証明書）が真正で、現在有効かどうかを確認できます。日本国外からもご利用いただけます。',
    scanHint: 'スマートフォンのカメラで文書のQRコードを読み取ると、このページが開いて自動的に確認します。',
    byNumber: {
      heading: '文書番号と確認コードで確認する',
      number: '文書番号',
      numberHint: '文書の右上に記載されています（例：EC-2026-7K3M9Q2X）。',
      code: '確認コード',
      codeHint: '文書の表に記載されている8文字です（例：4F7K-2M9Q）。大文字・小文字、全角・半角、ハイフンの有無は区別しません。',
      submit: '確認する',
    },
    byPayload: {
      heading: 'QRコードの内容で確認する',
      payload: 'QRコードの内容',
      payloadHint: 'QRコードを読み取ったアプリに表示された文字列（https:// で始まる確認用のURL、又は ZV1. で始まる文字列）を貼り付けてください。',
      submit: '確認する',
    },
    checking: '確認しています…',
    result: {
      heading: '確認結果',
      genuine: '有効な文書です',
      genuineLead: 'この文書は在留申請オンラインシステムが発行した真正な文書で、現在有効です。文書に記載された内容が、次の内容と一致することを確認してください。',
      notValid: '有効な文書ではありません',
      reasons: {
        EXPIRED: 'この文書は真正ですが、有効期限（{{date}}）を過ぎているため、現在は有効ではありません。',
        EXPIRED_UNDATED: 'この文書は真正ですが、有効期限を過ぎているため、現在は有効ではありません。',
        WITHDRAWN: 'この文書は発行者が取り下げたため、有効ではありません。',
        REVOKED: 'この文書は取り消されたため、有効ではありません。',
        UNKNOWN: '入力された文書番号と確認コードに一致する文書はありません。入力内容を確かめてください。',
        BAD_SIGNATURE: 'QRコードの内容の電子署名を確認できませんでした。内容が改ざんされているか、このシステムが発行した文書ではありません。',
      },
      documentNumber: '文書番号',
      issuedOn: '発行日',
      checkedAt: '確認日時',
      offline: '電子署名は、公開鍵（{{keysUrl}}）を使ってオフラインでも検証できます。',
    },
    errors: {
      numberRequired: '文書番号を入力してください。',
      codeRequired: '確認コードを入力してください。',
      payloadRequired: 'QRコードの内容を貼り付けてください。',
    },
  },
};
