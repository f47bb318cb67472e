import { PROCEDURES, getStatus, type ProcedureCode } from '../reference/index.js';
import type { Bilingual } from '../validation/field-errors.js';
import type { OrganizationFilerType } from './codes.js';
import type { StatusSelection } from './schema.js';
import { RELATIVE_COE_NOTICES, RELATIVE_COE_STATUSES } from './tables.js';

/** Plain-language reasons and notes, each saying what to do instead (R-ELIG-10). Japanese is the source. */

const COUNTER = { ja: '最寄りの地方出入国在留管理官署の窓口', en: 'the counter of the nearest regional immigration services bureau' };

function procedureName(code: ProcedureCode): Bilingual {
  const p = PROCEDURES.find((x) => x.code === code);
  return p ? { ja: p.nameJa, en: p.nameEn } : { ja: code, en: code };
}

export function statusName(status: StatusSelection): Bilingual {
  const s = getStatus(status.code);
  if (status.code !== 'DESIGNATED_ACTIVITIES' || status.notice == null) return { ja: s.nameJa, en: s.nameEn };
  if (status.notice === 'DEPARTURE_PREPARATION') return { ja: `${s.nameJa}（出国準備期間）`, en: `${s.nameEn} (preparation for departure)` };
  const number = status.notice.replace('-', 'の');
  return { ja: `${s.nameJa}（告示${number}号）`, en: `${s.nameEn} (public notice No. ${status.notice})` };
}

export const reasonMessages = {
  myNumberCardRequired: (): Bilingual => ({
    ja: '外国人本人・法定代理人・親族がオンラインで申請するには、署名用電子証明書と利用者証明用電子証明書の両方が入ったマイナンバーカードが必要です。カードを用意してから申請するか、窓口で申請するか、弁護士・行政書士に申請を依頼してください。',
    en: 'To file online as the foreign national, a legal representative or a relative, you need a My Number card holding both the signature certificate and the user-authentication certificate. Get the card first, file at a bureau counter, or ask a lawyer or administrative scrivener to file for you.',
  }),
  relativeNotAllowed: (procedure: ProcedureCode): Bilingual => {
    const p = procedureName(procedure);
    return {
      ja: `親族（配偶者・子・父母）は「${p.ja}」をオンラインで申請できません。申請人本人、法定代理人又は弁護士・行政書士が申請するか、窓口で申請してください。`,
      en: `A relative (spouse, child, father or mother) cannot file the ${p.en} online. The applicant, a legal representative, or a lawyer or administrative scrivener can file it online, or it can be filed at a bureau counter.`,
    };
  },
  relativeMustLiveInJapan: (): Bilingual => ({
    ja: '親族が在留資格認定証明書交付申請をオンラインで行えるのは、その親族が日本に住んでいる場合に限られます。受入れ機関の職員又は弁護士・行政書士に申請を依頼してください。',
    en: 'A relative can file a Certificate of Eligibility online only while living in Japan. Ask the accepting organisation, or a lawyer or administrative scrivener, to file it.',
  }),
  relativeCoeStatusNotEligible: (desired: StatusSelection): Bilingual => {
    const s = statusName(desired);
    const statuses = RELATIVE_COE_STATUSES.map((code) => getStatus(code));
    const designated = getStatus('DESIGNATED_ACTIVITIES');
    return {
      ja: `親族が在留資格認定証明書交付申請をオンラインで行えるのは、希望する在留資格が${statuses.map((x) => x.nameJa).join('、')}又は${designated.nameJa}（告示${RELATIVE_COE_NOTICES.map((n) => n.replace('-', 'の')).join('・')}号）の場合に限られます。「${s.ja}」の場合は、受入れ機関の職員又は弁護士・行政書士に申請を依頼してください。`,
      en: `A relative can file a Certificate of Eligibility online only for ${statuses.map((x) => x.nameEn).join(', ')}, or ${designated.nameEn} under public notice ${RELATIVE_COE_NOTICES.join(', ')}. For ${s.en}, ask the accepting organisation, or a lawyer or administrative scrivener, to file it.`,
    };
  },
  relativeOnlyForUnder16OrUnable: (procedure: ProcedureCode): Bilingual => {
    const p = procedureName(procedure);
    return {
      ja: `親族が「${p.ja}」を申請できるのは、申請人が16歳未満の場合か、病気その他の理由で申請人本人が申請できない場合に限られます。申請人本人（マイナンバーカードが必要）、法定代理人又は弁護士・行政書士が申請してください。`,
      en: `A relative can file the ${p.en} only when the applicant is under 16, or cannot file personally because of illness or another reason. Otherwise the applicant (with a My Number card), a legal representative, or a lawyer or administrative scrivener files it.`,
    };
  },
  mustAccompany: (procedure: ProcedureCode): Bilingual => {
    const p = procedureName(procedure);
    return {
      ja: `「${p.ja}」は、在留資格変更許可申請、在留期間更新許可申請又は在留資格取得許可申請と同時に申請する場合に限り、オンラインで申請できます。これらのいずれかと一緒に申請するか、単独で申請する場合は窓口で申請してください。`,
      en: `The ${p.en} can be filed online only together with a change of status, an extension of the period of stay or an acquisition of status. File it together with one of those, or file it on its own at a bureau counter.`,
    };
  },
  currentStatusNotOnline: (current: StatusSelection): Bilingual => {
    const s = statusName(current);
    return {
      ja: `現在の在留資格が「${s.ja}」の方は、オンライン申請の対象外です（外交、短期滞在、特定活動（出国準備期間）は対象外）。${COUNTER.ja}で申請してください。`,
      en: `Holders of ${s.en} cannot file online (Diplomat, Temporary Visitor and Designated Activities for preparation for departure are excluded). File at ${COUNTER.en}.`,
    };
  },
  desiredStatusNotOnline: (desired: StatusSelection): Bilingual => {
    if (desired.code === 'PERMANENT_RESIDENT') {
      return {
        ja: '永住許可申請はオンライン申請の対象外です。永住を希望する場合は、窓口で永住許可申請をしてください。',
        en: 'Permanent residence is not an online procedure. To apply for permanent residence, file an application for permission for permanent residence at a bureau counter.',
      };
    }
    const s = statusName(desired);
    return {
      ja: `在留資格「${s.ja}」はオンライン申請の対象外です（外交、短期滞在、特定活動（出国準備期間）は対象外）。${COUNTER.ja}で申請してください。`,
      en: `${s.en} cannot be applied for online (Diplomat, Temporary Visitor and Designated Activities for preparation for departure are excluded). File at ${COUNTER.en}.`,
    };
  },
  changeOnlyStatus: (desired: StatusSelection, procedure: ProcedureCode): Bilingual => {
    const s = statusName(desired);
    const p = procedureName(procedure);
    return {
      ja: `「${s.ja}」へは「${p.ja}」では申請できません。高度専門職2号へは、高度専門職1号（イ・ロ・ハ）からの在留資格変更許可申請によってのみ移行できます。`,
      en: `${s.en} cannot be obtained through the ${p.en}. It is reached only by a change of status from Highly Skilled Professional (i)(a), (i)(b) or (i)(c).`,
    };
  },
  changeToSameStatus: (current: StatusSelection): Bilingual => {
    const s = statusName(current);
    return {
      ja: `希望する在留資格が現在の在留資格「${s.ja}」と同じです。同じ在留資格のまま在留期間を延ばすには、在留期間更新許可申請をしてください。`,
      en: `The desired status is the same as the current one (${s.en}). To stay longer with the same status, file an extension of the period of stay instead.`,
    };
  },
  noExtensionForIndefinite: (current: StatusSelection): Bilingual => {
    const s = statusName(current);
    return {
      ja: `在留資格「${s.ja}」の在留期間は無期限のため、在留期間更新許可申請はありません。在留カードの有効期間の更新は、窓口で手続してください。`,
      en: `${s.en} has an indefinite period of stay, so there is no extension. To renew the residence card itself, apply at a bureau counter.`,
    };
  },
  outsideOrganizationRange: (filer: OrganizationFilerType): Bilingual => {
    const range = ORGANIZATION_RANGE_TEXT[filer];
    return {
      ja: `この申請人は、あなたの機関がオンラインで申請できる外国人の範囲に含まれません。${range.ja}申請人本人、法定代理人又は弁護士・行政書士が申請するか、窓口で申請してください。`,
      en: `This applicant is outside the range of foreign nationals your organisation may file for online. ${range.en} The applicant, a legal representative, or a lawyer or administrative scrivener can file instead, or it can be filed at a bureau counter.`,
    };
  },
  traineeNotOnList: (): Bilingual => ({
    ja: 'この技能実習生の実習実施者は、傘下実習実施者リストに載っていません。実習実施者を追加した傘下実習実施者リスト（別記第4号様式）を利用申出をした地方出入国在留管理官署に提出してから申請してください。',
    en: "This trainee's implementing organisation is not on your current list of implementing organisations. Send the bureau where you made your usage application an updated list (form 4) that adds it, then file.",
  }),
  organizationRequestRequired: (): Bilingual => ({
    ja: '申請人の所属機関からオンライン申請の代行の依頼を受けていない外国人の申請はできません。所属機関から依頼書を受け、その機関について発行された認証IDで申請してください。',
    en: "You can file only for foreign nationals whose organisation has asked you to file online for it. Get that organisation's request letter and file with the 認証ID issued for that organisation.",
  }),
  lastDayOfStay: (expiry: string): Bilingual => ({
    ja: `在留期間の満了日（${expiry}）には、オンラインでは申請できません。その日のうちに${COUNTER.ja}で申請してください。`,
    en: `You cannot file online on the last day of your period of stay (${expiry}). On that day, go to ${COUNTER.en} during its opening hours and file there.`,
  }),
  periodOfStayExpired: (expiry: string): Bilingual => ({
    ja: `在留期間は${expiry}に満了しています。オンラインでは申請できません。すぐに${COUNTER.ja}に相談してください。`,
    en: `The period of stay ended on ${expiry}, so nothing can be filed online. Contact ${COUNTER.en} at once.`,
  }),
  acquisitionDeadlinePassed: (eventDate: string, lastDay: string): Bilingual => ({
    ja: `在留資格取得許可申請は、出生等の事由が生じた日（${eventDate}）の翌日から30日以内（${lastDay}まで）に行う必要があり、その期限を過ぎています。オンラインでは申請できません。すぐに${COUNTER.ja}に相談してください。`,
    en: `An acquisition must be filed within 30 days of the event (${eventDate}), that is by ${lastDay}; that time has passed, so it cannot be filed online. Contact ${COUNTER.en} at once.`,
  }),
};

export const noteMessages = {
  organizationPartAsAttachment: (procedure: ProcedureCode, status: StatusSelection): Bilingual => {
    const p = procedureName(procedure);
    const s = statusName(status);
    return {
      ja: `在留資格「${s.ja}」の「${p.ja}」を外国人本人等が申請する場合、オンラインで入力するのは申請人等作成用（身分事項）までです。所属機関等作成用の申請書と補助用紙を所属機関等に作成してもらい、ファイルとして添付してください。`,
      en: `When you file the ${p.en} for ${s.en} yourself, you enter the applicant's part only. Ask the organisation to fill in its part (the 所属機関等作成用 form and supplementary sheets) and attach them as files.`,
    };
  },
  earlyExtension: (windowOpens: string, expiry: string): Bilingual => ({
    ja: `在留期間更新許可申請は、通常、在留期間の満了日（${expiry}）の3か月前の${windowOpens}から申請できます。それより前に申請する場合は、早めに申請する特別な事情を申請理由に書いてください（受け付けるかどうかは地方出入国在留管理局が判断します）。`,
    en: `An extension is normally filed from ${windowOpens}, three months before the expiry date (${expiry}). To file earlier, state the special reason for filing early in the application; the bureau decides whether to accept it.`,
  }),
};

const ORGANIZATION_RANGE_TEXT: Record<OrganizationFilerType, Bilingual> = {
  ORG_ACCEPTING: {
    ja: '所属機関の職員が申請できるのは、機関が受け入れている（受け入れようとする）外国人と、その家族のうち「公用」、扶養を受ける「家族滞在」・特定活動、扶養を受ける配偶者又は子である「日本人の配偶者等」「永住者の配偶者等」「定住者」の方、及びこれらの方の日本にいる法定代理人です。',
    en: 'Staff of an accepting organisation may file for the foreign nationals it accepts or will accept; their family members holding or seeking Official; their supported family holding or seeking Dependent or a dependant-type Designated Activities; their supported spouse or child holding or seeking Spouse or Child of Japanese National, Spouse or Child of Permanent Resident or Long-Term Resident; and the legal representatives in Japan of all of these.',
  },
  ORG_SUPERVISING: {
    ja: '監理団体の職員が申請できるのは、実習監理を行う技能実習生（傘下実習実施者リストに載っている実習実施者の実習生）と、カテゴリーの資料を提出済みの場合の監理団体自体が受け入れる外国人です。',
    en: 'Staff of a supervising organisation may file for the technical intern trainees it supervises (of implementing organisations on its list) and, once it has filed its category evidence, for the foreign nationals it accepts itself.',
  },
  ORG_SUPPORT: {
    ja: '登録支援機関の職員が申請できるのは、依頼を受けた特定技能所属機関との1号特定技能外国人支援計画の全部の実施の委託契約に基づいて支援する「特定技能1号」の外国人です。',
    en: 'Staff of a registered support organisation may file only for Specified Skilled Workers (i) it supports under a contract for the whole support plan with the requesting organisation.',
  },
  ORG_PUBLIC_INTEREST: {
    ja: '公益法人の職員が申請できるのは、依頼を受けた所属機関が受け入れる外国人とその家族（公用、扶養を受ける家族滞在・特定活動、扶養を受ける日本人の配偶者等・永住者の配偶者等・定住者）、依頼した機関が監理団体の場合はその技能実習生です（法定代理人は含みません）。',
    en: 'Staff of a public-interest corporation may file for the foreign nationals the requesting organisation accepts and their family (Official; supported Dependent or dependant-type Designated Activities; supported Spouse or Child of Japanese National or of Permanent Resident, Long-Term Resident) and, when the requesting organisation is a supervising organisation, its trainees; not for legal representatives.',
  },
};
