import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { rateKeyOf, useGrantText, useMoney } from '../grants/text';
import type { RateValue } from './api';
import { unitOf } from './units';

/** Names and amounts of rate values in the interface language. */
export function useRateFormat() {
  const { t } = useTranslation();
  const { rateKey } = useGrantText();
  const { money, number } = useMoney();

  const name = useCallback(
    (value: Pick<RateValue, 'item' | 'qualifier'>) => rateKey(rateKeyOf(value)),
    [rateKey],
  );

  const amount = useCallback(
    (value: RateValue | undefined) => {
      if (value?.amount === undefined) return t('rateTables.unknownAmount');
      const unit = unitOf(value);
      return unit === 'EUR'
        ? money(value.amount)
        : t(`rateTables.unit.${unit}`, { value: number(value.amount) });
    },
    [money, number, t],
  );

  return { name, amount };
}
