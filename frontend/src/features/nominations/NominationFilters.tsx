import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NOMINATION_DIRECTIONS, NOMINATION_STATUSES } from './api';
import { isFiltered, type NominationListParams } from './listParams';
import { useCallTitles } from './text';

interface Props {
  params: NominationListParams;
  onChange: (changes: Partial<NominationListParams>) => void;
}

export function NominationFilters({ params, onChange }: Props) {
  const { t } = useTranslation();
  const calls = useCallTitles();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <Select
        label={t('nominations.filters.status')}
        placeholder={t('nominations.filters.anyStatus')}
        data={NOMINATION_STATUSES.map((value) => ({
          value,
          label: t(`nominations.status.${value}`),
        }))}
        value={params.status}
        onChange={(status) =>
          onChange({ status: NOMINATION_STATUSES.find((known) => known === status) ?? null })
        }
        clearable
      />
      <Select
        label={t('nominations.filters.call')}
        placeholder={t('nominations.filters.anyCall')}
        data={calls.options}
        value={params.callId}
        onChange={(callId) => onChange({ callId })}
        searchable
        clearable
        nothingFoundMessage={t('nominations.filters.nothingFound')}
      />
      <Select
        label={t('nominations.filters.direction')}
        placeholder={t('nominations.filters.anyDirection')}
        data={NOMINATION_DIRECTIONS.map((value) => ({
          value,
          label: t(`nominations.direction.${value}`),
        }))}
        value={params.direction}
        onChange={(direction) =>
          onChange({
            direction: NOMINATION_DIRECTIONS.find((known) => known === direction) ?? null,
          })
        }
        clearable
      />
      {isFiltered(params) && (
        <Group style={{ gridColumn: '1 / -1' }}>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() => onChange({ status: null, callId: null, direction: null })}
          >
            {t('nominations.filters.clear')}
          </Button>
        </Group>
      )}
    </SimpleGrid>
  );
}
