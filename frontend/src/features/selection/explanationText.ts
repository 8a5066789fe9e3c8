import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatNumber, localizedName, useLanguage } from '../../i18n';
import { pickText } from '../calls/text';

type ExplanationStep = Schemas['ExplanationStep'];
type StepCode = Schemas['StepCode'];
type Options = Record<string, string | number>;
/** Translates a key chosen at run time (a step's code). */
type DynamicT = (key: string, options?: Options) => string;

/** What explanation steps name by id: partners by their id, criteria by their index in the call. */
export interface ExplanationNames {
  partner: (id: string) => string;
  criterion: (index: number) => string;
}

/**
 * Who is spoken to. The commission reads "University of Tartu (choice 1)" in `selection.explanation.<code>`; the
 * candidate reads "University of Tartu (your first choice)" in `applications.result.steps.<code>`. Both message
 * sets take the same placeholders.
 */
export interface ExplanationVoice {
  messages: 'selection.explanation' | 'applications.result.steps';
  /** A partner with the preference it was. */
  preferred: (partner: string, preference: unknown) => string;
  /** The preference alone. */
  choice: (preference: unknown) => string;
}

/** Reads a step's arguments, which the API stores as they came: numbers and ids may be text. */
interface Args {
  number: (name: string) => string;
  numbers: (name: string) => string;
  criteria: (name: string) => string;
  /** How many items a list argument has. */
  size: (name: string) => number;
  integer: (name: string) => number;
  partner: (name: string) => string;
  /** {partner, choice, preferred} of a partner id and a preference argument. */
  place: (partner: string, preference: string) => Options;
  preferred: (partner: string, preference: string) => string;
}

/** Each code's placeholders. */
const STEP_OPTIONS: Record<StepCode, (args: Args) => Options> = {
  RANK: (a) => ({ rank: a.number('rank'), of: a.number('of'), total: a.number('total') }),
  INCOMPLETE_SCORING: (a) => ({
    criteria: a.criteria('criteria'),
    count: a.size('criteria'),
    required: a.number('required'),
  }),
  BELOW_MINIMUM: (a) => ({ minimum: a.number('minimum'), total: a.number('total') }),
  DECLINED: () => ({}),
  PREFERENCE_NO_PLACES: (a) => a.place('partnerId', 'preference'),
  PREFERENCE_FULL: (a) => ({
    ...a.place('partnerId', 'preference'),
    places: a.number('places'),
    count: a.integer('places'),
    ranks: a.numbers('takenByRanks'),
  }),
  PLACED: (a) => a.place('partnerId', 'preference'),
  RESERVE: (a) => ({ position: a.number('position') }),
  PLACE_FREED: (a) => ({
    partner: a.partner('partnerId'),
    freedByRank: a.number('freedByRank'),
    declinedRank: a.number('declinedRank'),
  }),
  UPGRADED: (a) => ({
    from: a.preferred('fromPartnerId', 'fromPreference'),
    to: a.preferred('partnerId', 'preference'),
  }),
  LEFT_RESERVE: (a) => ({
    position: a.number('reservePosition'),
    to: a.preferred('partnerId', 'preference'),
  }),
};

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A number in the interface language; other text as it is. */
export function useNumberText() {
  const language = useLanguage();
  return useCallback(
    (value: unknown) => {
      if (typeof value === 'number') return formatNumber(value, language);
      if (typeof value !== 'string') return '';
      return /^-?\d+(\.\d+)?$/.test(value) ? formatNumber(Number(value), language) : value;
    },
    [language],
  );
}

/** The commission's voice. */
export function useCommissionVoice(): ExplanationVoice {
  const { t } = useTranslation();
  const number = useNumberText();
  return useMemo(
    () => ({
      messages: 'selection.explanation',
      preferred: (partner, preference) =>
        t('selection.explanation.choice', { partner, preference: number(preference) }),
      choice: number,
    }),
    [number, t],
  );
}

/**
 * An outcome's explanation step in the interface language, from its code and arguments (StepCode in the backend);
 * the API's English text for a code this SPA does not know.
 */
export function useExplanationText(names: ExplanationNames, voice: ExplanationVoice) {
  const { t } = useTranslation();
  const number = useNumberText();

  return useCallback(
    ({ code, args, text }: ExplanationStep): string => {
      const options = STEP_OPTIONS[code] as (typeof STEP_OPTIONS)[StepCode] | undefined;
      if (!options) return text;
      const partner = (name: string) => {
        const id = args[name];
        return names.partner(typeof id === 'string' ? id : '');
      };
      const read: Args = {
        number: (name) => number(args[name]),
        numbers: (name) => list(args[name]).map(number).join(', '),
        criteria: (name) =>
          list(args[name])
            .map((index) => names.criterion(Number(index)))
            .join(', '),
        size: (name) => list(args[name]).length,
        integer: (name) => Number(args[name]),
        partner,
        place: (id, preference) => ({
          partner: partner(id),
          choice: voice.choice(args[preference]),
          preferred: voice.preferred(partner(id), args[preference]),
        }),
        preferred: (id, preference) => voice.preferred(partner(id), args[preference]),
      };
      return (t as unknown as DynamicT)(`${voice.messages}.${code}`, options(read));
    },
    [names, number, t, voice],
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
