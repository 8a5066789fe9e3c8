import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAcademicYearOptions } from './options';
import { CALL_MOBILITY_TYPES, CALL_STATUSES } from './api';
import { isFiltered, SORTS, type CallListParams } from './listParams';
import { useCallText } from './text';

interface Props {
  params: CallListParams;
  onChange: (changes: Partial<CallListParams>) => void;
}

export function CallFilters({ params, onChange }: Props) {
  const { t } = useTranslation();
  const text = useCallText();
  const years = useAcademicYearOptions();

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      <Select
        label={t('calls.filters.status')}
        placeholder={t('calls.filters.anyStatus')}
        data={CALL_STATUSES.map((value) => ({ value, label: text.status(value) }))}
        value={params.status}
        onChange={(status) =>
          onChange({ status: CALL_STATUSES.find((known) => known === status) ?? null })
        }
        clearable
      />
      <Select
        label={t('calls.filters.academicYear')}
        placeholder={t('calls.filters.anyAcademicYear')}
        data={[...years].reverse()}
        value={params.academicYear}
        onChange={(academicYear) => onChange({ academicYear })}
        searchable
        clearable
      />
      <Select
        label={t('calls.filters.mobilityType')}
        placeholder={t('calls.filters.anyMobilityType')}
        data={CALL_MOBILITY_TYPES.map((value) => ({ value, label: text.mobilityType(value) }))}
        value={params.mobilityType}
        onChange={(type) =>
          onChange({ mobilityType: CALL_MOBILITY_TYPES.find((known) => known === type) ?? null })
        }
        clearable
      />
      <Select
        label={t('calls.filters.sort')}
        data={SORTS.map((value) => ({ value, label: t(`calls.sort.${value}`) }))}
        value={params.sort ?? '-updatedAt'}
        onChange={(sort) =>
          onChange({
            sort: SORTS.find((known) => known === sort && known !== '-updatedAt') ?? null,
          })
        }
        allowDeselect={false}
      />
      {isFiltered(params) && (
        <Group style={{ gridColumn: '1 / -1' }}>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() => onChange({ status: null, academicYear: null, mobilityType: null })}
          >
            {t('calls.filters.clear')}
          </Button>
        </Group>
      )}
    </SimpleGrid>
  );
}
