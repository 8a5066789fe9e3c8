import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPartnerRegion, PARTNER_REGIONS, useCountryOptions } from '../reference';
import { CLEARED_FILTERS, isFiltered, SORT_KEYS, STATUSES, type ListParams } from './listParams';

interface Props {
  params: ListParams;
  onChange: (changes: Partial<ListParams>) => void;
  /** Staff only: the status and sort controls. */
  withStaffControls?: boolean;
}

const SEARCH_DELAY_MS = 300;

export function PartnerFilters({ params, onChange, withStaffControls }: Props) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const [text, setText] = useState(params.q);
  const search = useDebouncedCallback((q: string) => onChange({ q }), SEARCH_DELAY_MS);

  const regions = PARTNER_REGIONS.map((region) => ({
    value: region,
    label: t('partners.filters.regionOption', { number: region, name: t(`regions.${region}`) }),
  }));
  const clear = () => {
    search.cancel();
    setText('');
    onChange(CLEARED_FILTERS);
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          type="search"
          label={t('partners.filters.search')}
          placeholder={t('partners.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            search(event.currentTarget.value);
          }}
          flex={1}
        />
        {(isFiltered(params) || text) && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={clear}
          >
            {t('partners.filters.clear')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: withStaffControls ? 4 : 2 }}>
        <Select
          label={t('partners.filters.country')}
          placeholder={t('partners.filters.anyCountry')}
          data={countries}
          value={params.country}
          onChange={(country) => onChange({ country })}
          searchable
          clearable
        />
        <Select
          label={t('partners.filters.region')}
          placeholder={t('partners.filters.anyRegion')}
          data={regions}
          value={params.region}
          onChange={(region) => onChange({ region: isPartnerRegion(region) ? region : null })}
          clearable
        />
        {withStaffControls && (
          <>
            <Select
              label={t('partners.filters.status')}
              data={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
              value={params.status}
              onChange={(status) => {
                const chosen = STATUSES.find((candidate) => candidate === status);
                if (chosen) onChange({ status: chosen });
              }}
              allowDeselect={false}
            />
            <Select
              label={t('partners.filters.sort')}
              data={SORT_KEYS.map((sort) => ({ value: sort, label: t(`partners.sort.${sort}`) }))}
              value={params.sort}
              onChange={(sort) => {
                const chosen = SORT_KEYS.find((candidate) => candidate === sort);
                if (chosen) onChange({ sort: chosen });
              }}
              allowDeselect={false}
            />
          </>
        )}
      </SimpleGrid>
    </Stack>
  );
}
