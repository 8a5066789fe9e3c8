import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName, useLanguage } from '../../i18n';
import {
  useExplanationText,
  useNumberText,
  type ExplanationNames,
  type ExplanationVoice,
} from '../selection/explanationText';
import type { MyApplication } from './api';
import type { MyResult } from './resultApi';
import { localized } from './text';

const CHOICES = ['1', '2', '3'] as const;

/**
 * The result in the interface language, spoken to the candidate: partners named from the applicant's own preferences
 * (then the call's places, then the result's partner), criteria by the result's scores.
 */
export function useResultText(application: MyApplication, result: MyResult) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = useNumberText();

  const partners = useMemo(() => {
    const known = [
      ...(result.partner ? [result.partner] : []),
      ...application.call.places.map((place) => place.partner),
      ...application.preferences,
    ];
    return new Map(known.map((partner) => [partner.id, localizedName(partner, language)]));
  }, [application, result.partner, language]);

  const partner = useCallback(
    (id: unknown) => partners.get(String(id)) ?? t('applications.result.otherPartner'),
    [partners, t],
  );

  const choice = useCallback(
    (preference: unknown) => {
      const which = CHOICES.find((n) => n === String(preference));
      return which
        ? t(`applications.result.choice.${which}`)
        : t('applications.result.choice.other', { preference: number(preference) });
    },
    [number, t],
  );

  const names = useMemo<ExplanationNames>(
    () => ({
      partner,
      criterion: (index) => localized(result.scores?.[index]?.name, language) || String(index + 1),
    }),
    [language, partner, result.scores],
  );
  const voice = useMemo<ExplanationVoice>(
    () => ({
      messages: 'applications.result.steps',
      choice,
      preferred: (name, preference) =>
        t('applications.result.partnerChoice', { partner: name, choice: choice(preference) }),
    }),
    [choice, t],
  );
  const step = useExplanationText(names, voice);

  return { partner, choice, number, step, language };
}
