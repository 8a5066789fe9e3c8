import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatNumber, localizedName, useLanguage } from '../../i18n';
import type { MyApplication } from './api';
import type { ExplanationStep, MyResult } from './resultApi';
import { localized } from './text';

type StepCode = Schemas['StepCode'];
type Options = Record<string, string | number>;
/** Translates a key chosen at run time (a step's code). */
type DynamicT = (key: string, options?: Options) => string;

/** Reads a step's arguments, which the API stores as they came: numbers and ids may be text. */
interface Args {
  number: (name: string) => string;
  numbers: (name: string) => string;
  criteria: (name: string) => string;
  partner: (name: string) => string;
  /** "University of Tartu (your first choice)" as separate placeholders. */
  choice: (partner: string, preference: string) => { partner: string; choice: string };
  /** The same in one text. */
  partnerChoice: (partner: string, preference: string) => string;
  count: (name: string) => number;
}

/** Each code's placeholders, in the message `applications.result.steps.<code>`. */
const STEP_OPTIONS: Record<StepCode, (args: Args) => Options> = {
  RANK: (a) => ({ rank: a.number('rank'), of: a.number('of'), total: a.number('total') }),
  INCOMPLETE_SCORING: (a) => ({ criteria: a.criteria('criteria'), required: a.number('required') }),
  BELOW_MINIMUM: (a) => ({ minimum: a.number('minimum'), total: a.number('total') }),
  DECLINED: () => ({}),
  PREFERENCE_NO_PLACES: (a) => a.choice('partnerId', 'preference'),
  PREFERENCE_FULL: (a) => ({
    ...a.choice('partnerId', 'preference'),
    places: a.number('places'),
    count: a.count('places'),
    ranks: a.numbers('takenByRanks'),
  }),
  PLACED: (a) => a.choice('partnerId', 'preference'),
  RESERVE: (a) => ({ position: a.number('position') }),
  PLACE_FREED: (a) => ({
    partner: a.partner('partnerId'),
    freedByRank: a.number('freedByRank'),
    declinedRank: a.number('declinedRank'),
  }),
  UPGRADED: (a) => ({
    from: a.partnerChoice('fromPartnerId', 'fromPreference'),
    to: a.partnerChoice('partnerId', 'preference'),
  }),
  LEFT_RESERVE: (a) => ({
    position: a.number('reservePosition'),
    to: a.partnerChoice('partnerId', 'preference'),
  }),
};

const CHOICES = ['1', '2', '3'] as const;

/**
 * The result in the interface language: partners named from the applicant's own preferences (then the call's
 * places, then the result's partner), criteria by the result's scores, each explanation step from its code.
 */
export function useResultText(application: MyApplication, result: MyResult) {
  const { t } = useTranslation();
  const language = useLanguage();

  const partners = useMemo(() => {
    const known = [
      ...(result.partner ? [result.partner] : []),
      ...application.call.places.map((place) => place.partner),
      ...application.preferences,
    ];
    return new Map(known.map((partner) => [partner.id, localizedName(partner, language)]));
  }, [application, result.partner, language]);

  const number = useCallback(
    (value: unknown) => {
      if (typeof value === 'number') return formatNumber(value, language);
      if (typeof value !== 'string') return '';
      return /^-?\d+(\.\d+)?$/.test(value) ? formatNumber(Number(value), language) : value;
    },
    [language],
  );

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

  const step = useCallback(
    ({ code, args, text }: ExplanationStep): string => {
      const options = STEP_OPTIONS[code] as (typeof STEP_OPTIONS)[StepCode] | undefined;
      // A code newer than this SPA: the API's English text.
      if (!options) return text;
      const list = (name: string) => (Array.isArray(args[name]) ? (args[name] as unknown[]) : []);
      const read: Args = {
        number: (name) => number(args[name]),
        numbers: (name) => list(name).map(number).join(', '),
        criteria: (name) =>
          list(name)
            .map(
              (index) => localized(result.scores?.[Number(index)]?.name, language) || String(index),
            )
            .join(', '),
        partner: (name) => partner(args[name]),
        choice: (id, preference) => ({
          partner: partner(args[id]),
          choice: choice(args[preference]),
        }),
        partnerChoice: (id, preference) =>
          t('applications.result.partnerChoice', read.choice(id, preference)),
        count: (name) => Number(args[name]),
      };
      return (t as unknown as DynamicT)(`applications.result.steps.${code}`, options(read));
    },
    [choice, language, number, partner, result.scores, t],
  );

  return { partner, choice, number, step, language };
}
