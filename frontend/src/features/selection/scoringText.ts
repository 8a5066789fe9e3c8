import { useTranslation } from 'react-i18next';
import { formatNumber, useLanguage } from '../../i18n';
import { useLanguageNames } from '../reference';
import { localizedText } from '../review';
import type { ComputedCriterion } from './scoringApi';

interface Named {
  criterion: number;
  name: Record<string, string>;
  description: Record<string, string>;
}

/** How the criteria read: the office's texts in the interface language, else English, else any. */
export function useCriterionText() {
  const { t } = useTranslation();
  const language = useLanguage();
  const languageName = useLanguageNames();
  return {
    name: (criterion: Named) =>
      localizedText(criterion.name, language) ||
      t('selection.scoring.criterion', { number: criterion.criterion + 1 }),
    description: (criterion: Named) => localizedText(criterion.description, language),
    number: (value: number) => formatNumber(value, language),
    /** How the criterion is computed, as the call's page words it. */
    kind: ({ kind, language: spoken }: ComputedCriterion) =>
      t(`calls.detail.kind.${kind}`, { language: languageName(spoken ?? '') }),
  };
}
