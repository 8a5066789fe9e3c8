import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROJECT_STATUSES } from './api';
import { CALL_YEARS } from './formValues';
import { isFiltered, type ProjectListParams } from './listParams';

interface Props {
  params: ProjectListParams;
  onChange: (changes: Partial<ProjectListParams>) => void;
}

const SEARCH_DELAY_MS = 300;

/** The call years a project can have been funded from, newest first. */
function callYears(): string[] {
  const years: string[] = [];
  for (let year = new Date().getFullYear() + 1; year >= CALL_YEARS.min; year--) {
    years.push(String(year));
  }
  return years;
}

export function ProjectFilters({ params, onChange }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(params.q);
  const search = useDebouncedCallback((q: string) => onChange({ q }), SEARCH_DELAY_MS);
  const clear = () => {
    search.cancel();
    setText('');
    onChange({ q: '', callYear: null, status: null });
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <TextInput
        type="search"
        label={t('projects.filters.search')}
        placeholder={t('projects.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          search(event.currentTarget.value);
        }}
      />
      <Select
        label={t('projects.filters.callYear')}
        placeholder={t('projects.filters.anyCallYear')}
        data={callYears()}
        value={params.callYear}
        onChange={(callYear) => onChange({ callYear })}
        searchable
        clearable
      />
      <Group align="flex-end" wrap="nowrap" gap="xs">
        <Select
          label={t('projects.filters.status')}
          placeholder={t('projects.filters.anyStatus')}
          data={PROJECT_STATUSES.map((status) => ({
            value: status,
            label: t(`projects.status.${status}`),
          }))}
          value={params.status}
          onChange={(status) =>
            onChange({ status: PROJECT_STATUSES.find((known) => known === status) ?? null })
          }
          clearable
          flex={1}
        />
        {(isFiltered(params) || text) && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={clear}
          >
            {t('projects.filters.clear')}
          </Button>
        )}
      </Group>
    </SimpleGrid>
  );
}
