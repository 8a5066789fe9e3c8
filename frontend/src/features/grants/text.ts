import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, numberLocale, useLanguage } from '../../i18n';
import { useCountryNames } from '../reference';
import type { GrantExplanation } from './api';

/** Translates a key the API chose at run time (explanations, enum codes); unknown keys give undefined. */
type DynamicT = (key: string, options?: Record<string, unknown>) => string;

const MONEY_ARGS = new Set(['monthlyRate', 'dailyRate', 'laterRate']);
const NUMBER_ARGS = new Set(['distanceKm', 'minimumKm', 'limit', 'percent']);
const COUNTRY_ARGS = new Set(['country', 'sendingCountry', 'receivingCountry']);
const DATE_ARGS = new Set(['startDate', 'endDate']);
/** Rate-table items whose values are euros (the others are days, months or a percentage). */
const MONEY_ITEMS = new Set([
  'LONG_TERM_STUDENT_MONTH',
  'SHORT_TERM_STUDENT_DAY',
  'STAFF_DAY',
  'TRAVEL_STANDARD',
  'TRAVEL_GREEN',
  'FEWER_OPPORTUNITIES_LONG_TERM_MONTH',
  'FEWER_OPPORTUNITIES_SHORT_TERM',
  'INCLUSION_SUPPORT',
  'ORGANISATIONAL_SUPPORT',
]);
const FLOWS = /^(PROGRAMME_TO_PARTNER|PARTNER_TO_GROUP_[123])$/;
const TRAVEL_MODES = /^(STANDARD|GREEN)$/;
const MOBILITY_TYPES = /^(STUDENT_|SHORT_TERM_|STAFF_)/;
const isNumber = (value: string) => /^-?\d+(\.\d+)?$/.test(value);

/** The code of a rate-table value as explanations write it, e.g. "STAFF_DAY:PROGRAMME_TO_PARTNER". */
export function rateKeyOf(value: { item: string; qualifier: string }): string {
  return value.qualifier ? `${value.item}:${value.qualifier}` : value.item;
}

/** Formats euros and numbers in the interface language, e.g. "€4,250.00" or "4 250,00 €". */
export function useMoney() {
  const language = useLanguage();
  return useMemo(() => {
    const money = new Intl.NumberFormat(numberLocale(language), {
      style: 'currency',
      currency: 'EUR',
    });
    return {
      money: (amount: number | string) => money.format(Number(amount)),
      number: (value: number | string) => formatNumber(Number(value), language),
    };
  }, [language]);
}

/**
 * Turns the API's explanations, warnings and codes into text in the interface language: the key
 * names the message, and each argument is translated (flows, mobility types, rate keys, countries)
 * or formatted (euros, numbers, dates) before it is put in.
 */
export function useGrantText() {
  const { t: typedT, i18n } = useTranslation();
  const t = typedT as unknown as DynamicT;
  const countryName = useCountryNames();
  const { money, number } = useMoney();

  const code = useCallback(
    (group: string, value: string) => {
      const key = `grant.${group}.${value}`;
      return i18n.exists(key) ? t(key) : value;
    },
    [i18n, t],
  );

  const rateKey = useCallback(
    (value: string) => {
      const [item, qualifier] = value.split(':');
      const name = code('rateItem', item);
      if (!qualifier) return name;
      let detail: string;
      if (FLOWS.test(qualifier)) detail = code('flow', qualifier);
      else if (TRAVEL_MODES.test(qualifier)) detail = code('travelMode', qualifier);
      else if (MOBILITY_TYPES.test(qualifier)) detail = code('mobilityType', qualifier);
      else if (isNumber(qualifier))
        detail = t('grant.rateQualifier.fromKm', { km: number(qualifier) });
      else detail = code('rateQualifier', qualifier);
      return t('grant.rateWithQualifier', { rate: name, qualifier: detail });
    },
    [code, number, t],
  );

  /** A rate's source, from its kind and the Programme Guide's edition; unknown kinds stay as given. */
  const source = useCallback(
    (kind: string, edition?: number | string) => {
      const key = `grant.source.${kind}`;
      return i18n.exists(key) ? t(key, { edition }) : kind;
    },
    [i18n, t],
  );

  const arg = useCallback(
    (name: string, value: string, args: Record<string, string>): string => {
      if (MONEY_ARGS.has(name)) return isNumber(value) ? money(value) : value;
      if (NUMBER_ARGS.has(name)) return isNumber(value) ? number(value) : value;
      if (COUNTRY_ARGS.has(name)) return countryName(value);
      if (DATE_ARGS.has(name)) return dayjs(value).isValid() ? formatDate(value) : value;
      switch (name) {
        case 'rate':
          return isNumber(value) ? money(value) : rateKey(value);
        case 'rates':
          return value.split(',').map(rateKey).join(', ');
        case 'source': {
          const [kind, edition] = value.split(':');
          return source(kind, edition);
        }
        case 'amount': {
          const item = (args.rate ?? '').split(':')[0];
          return MONEY_ITEMS.has(item) ? money(value) : number(value);
        }
        case 'band': {
          const range = /^(\d+)[–-](\d+)$/.exec(value);
          if (range) return `${number(range[1])}–${number(range[2])}`;
          const open = /^(\d+)\+$/.exec(value);
          return open ? `${number(open[1])}+` : value;
        }
        case 'flow':
          return code('flow', value);
        case 'line':
          return code('kind', value);
        case 'mobilityType':
          return code('mobilityType', value);
        case 'travelMode':
          return code('travelMode', value);
        case 'unit':
          return code('durationUnit', value);
        default:
          return value;
      }
    },
    [code, countryName, money, number, rateKey, source],
  );

  /** The explanation in the interface language, or the API's English text for an unknown key. */
  const explain = useCallback(
    (explanation: GrantExplanation) => {
      if (!i18n.exists(explanation.key)) return explanation.text;
      const args = Object.fromEntries(
        Object.entries(explanation.args).map(([name, value]) => [
          name,
          arg(name, value, explanation.args),
        ]),
      );
      return t(explanation.key, args);
    },
    [arg, i18n, t],
  );

  return { explain, code, rateKey, source };
}
