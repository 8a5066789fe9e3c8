import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../components/useNow';
import { useZonedTime } from '../../components/useZonedTime';
import type { CallResults } from './commissionApi';

/** Until when the candidates may appeal against published results, that they no longer may, or never could. */
export function AppealWindow({ results, timeZone }: { results: CallResults; timeZone: string }) {
  const { t } = useTranslation();
  const zoned = useZonedTime();
  const now = useNow(60_000);
  const until = results.appealUntil;
  if (!until) return <Text size="sm">{t('selection.results.noAppeals')}</Text>;
  const key = Date.parse(until) < now ? 'appealsEnded' : 'appealsUntil';
  return <Text size="sm">{t(`selection.results.${key}`, { until: zoned(until, timeZone) })}</Text>;
}
