import { Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../components/PageState';
import { useRateTable, type RateTableSummary } from './api';
import { ConfidenceBadge } from './ConfidenceBadge';
import { RateSourceText } from './RateSourceText';
import { compareVersions, type RateChange } from './diff';
import { useRateFormat } from './useRateFormat';

interface Props {
  callYear: number;
  versions: RateTableSummary[];
  from: number;
  to: number;
  onChange: (from: number, to: number) => void;
}

const KIND_COLORS: Record<RateChange['kind'], string> = {
  added: 'teal',
  removed: 'red',
  changed: 'blue',
};

/** What changed between two versions of a call year's table. */
export function VersionComparison({ callYear, versions, from, to, onChange }: Props) {
  const { t } = useTranslation();
  const format = useRateFormat();
  const before = useRateTable(callYear, from);
  const after = useRateTable(callYear, to);
  const options = versions.map((v) => ({
    value: String(v.version),
    label: t('rateTables.versionNumber', { version: v.version }),
  }));

  let body;
  if (before.isError || after.isError) {
    body = (
      <PageState
        kind="error"
        onRetry={() => void Promise.all([before.refetch(), after.refetch()])}
      />
    );
  } else if (!before.data || !after.data) {
    body = <PageState kind="loading" />;
  } else {
    const changes = compareVersions(before.data.values, after.data.values);
    body =
      changes.length === 0 ? (
        <Text c="dimmed">{t('rateTables.noDifferences')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-label={t('rateTables.compareTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rateTables.rate')}</Table.Th>
                <Table.Th scope="col">{t('rateTables.versionNumber', { version: from })}</Table.Th>
                <Table.Th scope="col">{t('rateTables.versionNumber', { version: to })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((change) => (
                <Table.Tr key={change.key}>
                  <Table.Th scope="row" fw="normal">
                    <Stack gap={4} align="flex-start">
                      {format.name((change.after ?? change.before)!)}
                      <Badge size="xs" variant="light" color={KIND_COLORS[change.kind]}>
                        {t(`rateTables.change.${change.kind}`)}
                      </Badge>
                    </Stack>
                  </Table.Th>
                  {[change.before, change.after].map((value, index) => (
                    <Table.Td key={index}>
                      {value ? (
                        <Stack gap={4} align="flex-start">
                          <Text fw={500}>{format.amount(value)}</Text>
                          <ConfidenceBadge confidence={value.confidence} />
                          <RateSourceText source={value.source} size="xs" />
                        </Stack>
                      ) : (
                        t('common.none')
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      );
  }

  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label={t('rateTables.compareFrom')}
          data={options}
          value={String(from)}
          onChange={(value) => value && onChange(Number(value), to)}
          allowDeselect={false}
          w={160}
        />
        <Select
          label={t('rateTables.compareTo')}
          data={options}
          value={String(to)}
          onChange={(value) => value && onChange(from, Number(value))}
          allowDeselect={false}
          w={160}
        />
      </Group>
      {body}
    </Stack>
  );
}
