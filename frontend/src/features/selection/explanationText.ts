import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, localizedName, useLanguage } from '../../i18n';
import { pickText } from '../calls/text';
import type { ExplanationStep } from './commissionApi';

/** What explanation steps name by id: partners by their id, criteria by their index in the call. */
export interface ExplanationNames {
  partner: (id: string) => string;
  criterion: (index: number) => string;
}

type Args = Record<string, unknown>;

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * An outcome's explanation step in the interface language, from its code and arguments (StepCode in the backend);
 * the API's English text for a code this SPA does not know.
 */
export function useExplanationText(names: ExplanationNames) {
  const { t } = useTranslation();
  const language = useLanguage();

  return useCallback(
    (step: ExplanationStep): string => {
      const args: Args = step.args;
      const number = (value: unknown) =>
        Number.isFinite(Number(value)) && text(value) !== ''
          ? formatNumber(Number(value), language)
          : text(value);
      const choice = (partnerId: unknown, preference: unknown) =>
        t('selection.explanation.choice', {
          partner: names.partner(text(partnerId)),
          preference: text(preference),
        });
      switch (step.code) {
        case 'RANK':
          return t('selection.explanation.RANK', {
            rank: text(args.rank),
            of: text(args.of),
            total: number(args.total),
          });
        case 'INCOMPLETE_SCORING': {
          const criteria = list(args.criteria);
          return t('selection.explanation.INCOMPLETE_SCORING', {
            count: criteria.length,
            criteria: criteria.map((index) => names.criterion(Number(index))).join(', '),
            required: text(args.required),
          });
        }
        case 'BELOW_MINIMUM':
          return t('selection.explanation.BELOW_MINIMUM', {
            total: number(args.total),
            minimum: number(args.minimum),
          });
        case 'DECLINED':
          return t('selection.explanation.DECLINED');
        case 'PREFERENCE_NO_PLACES':
          return t('selection.explanation.PREFERENCE_NO_PLACES', {
            choice: choice(args.partnerId, args.preference),
          });
        case 'PREFERENCE_FULL':
          return t('selection.explanation.PREFERENCE_FULL', {
            choice: choice(args.partnerId, args.preference),
            count: Number(args.places),
            ranks: list(args.takenByRanks).map(text).join(', '),
          });
        case 'PLACED':
          return t('selection.explanation.PLACED', {
            choice: choice(args.partnerId, args.preference),
          });
        case 'RESERVE':
          return t('selection.explanation.RESERVE', { position: text(args.position) });
        case 'PLACE_FREED':
          return t('selection.explanation.PLACE_FREED', {
            partner: names.partner(text(args.partnerId)),
            freedByRank: text(args.freedByRank),
            declinedRank: text(args.declinedRank),
          });
        case 'UPGRADED':
          return t('selection.explanation.UPGRADED', {
            from: choice(args.fromPartnerId, args.fromPreference),
            to: choice(args.partnerId, args.preference),
          });
        case 'LEFT_RESERVE':
          return t('selection.explanation.LEFT_RESERVE', {
            reservePosition: text(args.reservePosition),
            to: choice(args.partnerId, args.preference),
          });
        default:
          return step.text;
      }
    },
    [language, names, t],
  );
}

/** The names a run's explanations use: its partners and the call's criteria, in the interface language. */
export function useRunNames(
  partners: { partner: { id: string; name: string; otherNames: Record<string, string> } }[],
  criteria: { name: Record<string, string> }[],
): ExplanationNames {
  const language = useLanguage();
  return useMemo(
    () => ({
      partner: (id) => {
        const found = partners.find(({ partner }) => partner.id === id)?.partner;
        return found ? localizedName(found, language) : id;
      },
      criterion: (index) => pickText(criteria[index]?.name, language) || String(index + 1),
    }),
    [criteria, language, partners],
  );
}
