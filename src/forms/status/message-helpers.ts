import { INDUSTRIES, INDUSTRY_OPTION_SET, industryLabel } from './industries.js';
import { OCCUPATION_OPTION_SET, OCCUPATIONS } from './occupations.js';

/** `<set>.option.<value>` texts of one option set, written as one object. */
export function optionTexts(set: string, texts: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).map(([value, text]) => [`${set}.option.${value}`, text]));
}

/** The industry and occupation code lists carry their own ja/en names; the option texts come from them. */
export function codeListTexts(language: 'ja' | 'en'): Record<string, string> {
  return {
    ...Object.fromEntries(INDUSTRIES.map((i) => [`${INDUSTRY_OPTION_SET}.option.${i.code}`, `${i.code} ${industryLabel(i, language)}`])),
    ...Object.fromEntries(OCCUPATIONS.map((o) => [`${OCCUPATION_OPTION_SET}.option.${o.code}`, `${o.code} ${o[language]}`])),
  };
}
