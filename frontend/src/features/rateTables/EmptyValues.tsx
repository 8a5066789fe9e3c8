import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rateKeyOf } from '../grants/text';
import type { RateTableSummary } from './api';
import { useRateFormat } from './useRateFormat';

/** The newest version of each call year, newest call year first. */
function newestVersions(versions: RateTableSummary[]): RateTableSummary[] {
  const newest = new Map<number, RateTableSummary>();
  for (const version of versions) {
    const known = newest.get(version.callYear);
    if (!known || known.version < version.version) newest.set(version.callYear, version);
  }
  return [...newest.values()].sort((a, b) => b.callYear - a.callYear);
}

/**
 * For each call year, the values its newest version leaves empty: what the administrator fills in
 * before the year's estimates are complete.
 */
export function EmptyValues({ versions }: { versions: RateTableSummary[] }) {
  const { t } = useTranslation();
  const format = useRateFormat();
  return (
    <Stack gap="md">
      {newestVersions(versions).map((version) => (
        <Stack key={version.callYear} gap={4} data-testid={`empty-values-${version.callYear}`}>
          <Group gap="xs">
            <Title order={3} size="h5">
              {t('rateTables.emptyOf', { year: version.callYear, version: version.version })}
            </Title>
            <Badge
              color={version.unknownValues.length ? 'orange' : 'teal'}
              variant="light"
              tt="none"
            >
              {t('rateTables.emptyCount', { count: version.unknownValues.length })}
            </Badge>
          </Group>
          {version.unknownValues.length === 0 ? (
            <Text size="sm">{t('rateTables.noneEmpty')}</Text>
          ) : (
            <List size="sm" spacing={2}>
              {version.unknownValues.map((key) => (
                <List.Item key={rateKeyOf(key)}>{format.name(key)}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
