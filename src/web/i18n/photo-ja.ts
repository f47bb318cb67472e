/** The face photo cropper (R-ATT-1), Japanese (the source language). */
export const photoJa = {
  photoCropper: {
    chooseLabel: '顔写真の画像ファイル（JPEGまたはPNG）',
    chooseHint: '選んだ画像から、横3：縦4の範囲を切り抜いて送信します。切り抜く範囲は、幅{{minWidth}}ピクセル以上、高さ{{minHeight}}ピクセル以上です。',
    loading: '画像を読み込んでいます…',
    loadFailed: 'この画像を読み込めませんでした。JPEGまたはPNGの画像を選んでください。',
    tooSmall: '選んだ画像は幅{{width}}×高さ{{height}}ピクセルで、小さすぎます。幅{{minWidth}}ピクセル以上、高さ{{minHeight}}ピクセル以上の範囲を切り抜ける画像を選んでください。',
    instructions: '枠をドラッグするか、枠を選んで矢印キーで動かします。枠の大きさは、右下の角をドラッグするか、角を選んで矢印キー（上・右で拡大、下・左で縮小）、又は下のボタンで変えます。Shiftキーを押しながら矢印キーを押すと大きく動きます。',
    imageAlt: '選んだ画像。枠の内側が顔写真になります。',
    frameLabel: '切り抜き枠（矢印キーで移動）',
    handleLabel: '切り抜き枠の大きさ（上・右の矢印キーで拡大、下・左の矢印キーで縮小）',
    enlarge: '枠を大きく',
    shrink: '枠を小さく',
    position: '切り抜く範囲：左から{{x}}、上から{{y}}ピクセルの位置に、幅{{width}}×高さ{{height}}ピクセル',
    output: '送信する写真：幅{{width}}×高さ{{height}}ピクセル（JPEG）',
    use: 'この範囲で切り抜いて送信する',
    cropFailed: '切り抜いた写真を作れませんでした。別の画像でお試しください。',
  },
};
