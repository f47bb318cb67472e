/** A period of stay as granted: fixed lengths, an individually designated maximum, or indefinite. */
export type PeriodUnit = 'YEAR' | 'MONTH' | 'DAY';

export interface FixedPeriod {
  kind: 'FIXED';
  amount: number;
  unit: PeriodUnit;
}
export interface DesignatedPeriod {
  /** 法務大臣が個々に指定する期間: any length up to the maximum. */
  kind: 'DESIGNATED';
  max: { years: number; months: number; days: number };
}
export interface IndefinitePeriod {
  kind: 'INDEFINITE';
}
export interface ActivityPeriod {
  /** 外交・公用活動を行う期間 (Diplomat): the period of the activities. */
  kind: 'DURATION_OF_ACTIVITY';
}
export type GrantablePeriod = FixedPeriod | DesignatedPeriod | IndefinitePeriod | ActivityPeriod;

export const years = (n: number): FixedPeriod => ({ kind: 'FIXED', amount: n, unit: 'YEAR' });
export const months = (n: number): FixedPeriod => ({ kind: 'FIXED', amount: n, unit: 'MONTH' });
export const days = (n: number): FixedPeriod => ({ kind: 'FIXED', amount: n, unit: 'DAY' });
export const designated = (y: number, m = 0, d = 0): DesignatedPeriod => ({ kind: 'DESIGNATED', max: { years: y, months: m, days: d } });
export const INDEFINITE: IndefinitePeriod = { kind: 'INDEFINITE' };

export function describePeriod(p: GrantablePeriod): { ja: string; en: string } {
  switch (p.kind) {
    case 'FIXED': {
      const ja = { YEAR: '年', MONTH: '月', DAY: '日' }[p.unit];
      const en = { YEAR: 'year', MONTH: 'month', DAY: 'day' }[p.unit];
      return { ja: `${p.amount}${ja}`, en: `${p.amount} ${en}${p.amount === 1 ? '' : 's'}` };
    }
    case 'DESIGNATED': {
      const { years: y, months: m, days: d } = p.max;
      const ja = [y ? `${y}年` : '', m ? `${m}月` : '', d ? `${d}日` : ''].join('');
      const en = [y ? `${y} years` : '', m ? `${m} months` : '', d ? `${d} days` : ''].filter(Boolean).join(' ');
      return { ja: `個別指定（${ja}以内）`, en: `individually designated (up to ${en})` };
    }
    case 'INDEFINITE':
      return { ja: '無期限', en: 'indefinite' };
    case 'DURATION_OF_ACTIVITY':
      return { ja: '外交活動の期間', en: 'period of diplomatic activities' };
  }
}
