import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rateKeyOf } from '../grants/text';
import type { RateValue } from './api';
import { ConfidenceBadge } from './ConfidenceBadge';
import { RateSourceText } from './RateSourceText';
import { useRateFormat } from './useRateFormat';

/** The values of one version: each rate, its amount, how sure it is and where it comes from. */
export function RateValues({ values }: { values: RateValue[] }) {
  const { t } = useTranslation();
  const format = useRateFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs" aria-label={t('rateTables.valuesTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rateTables.rate')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('rateTables.amount')}
            </Table.Th>
            <Table.Th scope="col">{t('rateTables.confidenceTitle')}</Table.Th>
            <Table.Th scope="col">{t('rateTables.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {values.map((value) => (
            <Table.Tr key={rateKeyOf(value)}>
              <Table.Th scope="row" fw="normal">
                {format.name(value)}
              </Table.Th>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {format.amount(value)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <ConfidenceBadge confidence={value.confidence} />
              </Table.Td>
              <Table.Td>
                <RateSourceText source={value.source} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
