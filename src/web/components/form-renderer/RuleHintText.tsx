import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../../forms/types.js';
import { ruleHints, type RuleHint } from './rule-hints.js';

/** R-FORM-4: the input rule beside the field, in the page's language. */
export function RuleHintText({ field }: { field: FieldDefinition }) {
  const { t } = useTranslation();
  const hints = ruleHints(field);
  if (hints.length === 0) return null;
  const text = (hint: RuleHint): string => {
    switch (hint.key) {
      case 'maxLength':
        return t('formRenderer.rules.maxLength', { max: hint.max });
      case 'range':
        return t('formRenderer.rules.range', { min: hint.min, max: hint.max });
      case 'min':
        return t('formRenderer.rules.min', { min: hint.min });
      case 'max':
        return t('formRenderer.rules.max', { max: hint.max });
      case 'maxRows':
        return t('formRenderer.rules.maxRows', { max: hint.max });
      default:
        return t(`formRenderer.rules.${hint.key}`);
    }
  };
  return <span className="block">{hints.map(text).join(' ')}</span>;
}
